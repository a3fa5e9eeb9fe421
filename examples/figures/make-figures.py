# Draws two small line charts as real PNG files (no third-party modules): deterministic output.
import struct, zlib, math, sys
def png(path, w, h, pixels):
    raw = b''.join(b'\x00' + bytes(pixels[y*w*3:(y+1)*w*3]) for y in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)
def chart(path, w, h, f, color):
    px = bytearray([255]*(w*h*3))
    def put(x, y, c):
        if 0 <= x < w and 0 <= y < h: px[(y*w+x)*3:(y*w+x)*3+3] = bytes(c)
    m = 10
    for x in range(m, w-m): put(x, h-m, (90,90,90))
    for y in range(m, h-m): put(m, y, (90,90,90))
    for gy in range(1, 5):
        yy = m + (h-2*m)*gy//5
        for x in range(m, w-m, 4): put(x, yy, (210,210,210))
    prev = None
    for x in range(m, w-m):
        t = (x-m)/(w-2*m)
        y = int(h-m - f(t)*(h-2*m)*0.9)
        if prev is not None:
            for yy in range(min(prev, y), max(prev, y)+1):
                put(x, yy, color); put(x, yy+1, color)
        prev = y
    png(path, w, h, px)
def errors(t):
    if t < 0.07: return 0.02
    if t < 0.65: return 0.15 + 0.8*min(1, (t-0.07)*6) + 0.03*math.sin(t*90)
    if t < 0.95: return max(0.02, 0.9 - (t-0.65)*3.2)
    return 0.02
def pool(t):
    return min(1.0, 0.35 + t*1.4) if t < 0.7 else 0.4
chart(sys.argv[1] + '/error-rate.png', 800, 320, errors, (200,40,40))
chart(sys.argv[1] + '/db-pool.png', 240, 120, pool, (40,90,200))
