using ReportGen.Core.Inputs;
using ReportGen.Core.Tests.Support;

namespace ReportGen.Core.Tests.Inputs;

public class InputFilesTests
{
    private static TempFolder Tree()
    {
        var dir = new TempFolder();
        foreach (var f in new[] { "b.yaml", "a.yml", "notes.txt", "sub/c.yaml", "sub/deeper/d.YAML", ".hidden/e.yaml", "other/f.yaml" })
            dir.Write(f, "id: x\n");
        return dir;
    }

    private static string[] Display(InputSet set) => set.Files.Select(f => f.DisplayPath.Replace('\\', '/')).ToArray();

    [Fact]
    public void A_folder_is_searched_recursively_for_yaml_sorted_and_skipping_hidden_folders()
    {
        using var dir = Tree();
        var set = InputFiles.Expand(["."], dir.Path);
        Assert.Empty(set.Problems);
        Assert.Equal(["./a.yml", "./b.yaml", "./other/f.yaml", "./sub/c.yaml", "./sub/deeper/d.YAML"], Display(set));
        Assert.Equal(["", "", "other", "sub", Path.Combine("sub", "deeper")], set.Files.Select(f => f.RelativeDirectory));
    }

    [Fact]
    public void A_file_keeps_the_path_as_given_and_no_relative_directory()
    {
        using var dir = Tree();
        var file = Assert.Single(InputFiles.Expand(["sub/c.yaml"], dir.Path).Files);
        Assert.Equal(("sub/c.yaml", "", Path.Combine(dir.Path, "sub", "c.yaml")), (file.DisplayPath, file.RelativeDirectory, file.FullPath));
    }

    [Fact]
    public void Globs_match_star_question_mark_and_double_star()
    {
        using var dir = Tree();
        Assert.Equal(["b.yaml"], Display(InputFiles.Expand(["*.yaml"], dir.Path)));
        Assert.Equal(["a.yml"], Display(InputFiles.Expand(["?.yml"], dir.Path)));
        var deep = InputFiles.Expand(["sub/**/*.yaml"], dir.Path);
        Assert.Equal(["sub/c.yaml"], Display(deep));          // *.yaml is case-sensitive, like a shell
        Assert.Equal(["sub/c.yaml", "sub/deeper/d.YAML"], Display(InputFiles.Expand(["sub/**"], dir.Path)));
        Assert.Equal([Path.Combine("deeper")], InputFiles.Expand(["sub/**"], dir.Path).Files.Skip(1).Select(f => f.RelativeDirectory));
    }

    [Fact]
    public void The_same_file_named_twice_is_listed_once()
    {
        using var dir = Tree();
        var set = InputFiles.Expand(["b.yaml", "*.yaml", "."], dir.Path);
        Assert.Equal(5, set.Files.Count);
        Assert.Equal("b.yaml", set.Files[0].DisplayPath);
    }

    [Fact]
    public void Missing_paths_and_empty_globs_are_problems_not_exceptions()
    {
        using var dir = Tree();
        var set = InputFiles.Expand(["nope.yaml", "*.json", "sub/deeper/../nothing/*"], dir.Path);
        Assert.Empty(set.Files);
        Assert.Equal(["no such file or folder: 'nope.yaml'", "no file matches '*.json'", "no file matches 'sub/deeper/../nothing/*'"], set.Problems);
    }

    [Fact]
    public void A_folder_without_yaml_is_a_problem()
    {
        using var dir = new TempFolder();
        dir.Write("empty/readme.txt", "x");
        Assert.Equal(["no .yaml or .yml files in folder 'empty'"], InputFiles.Expand(["empty"], dir.Path).Problems);
    }
}
