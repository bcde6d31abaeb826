using System.Text;
using System.Text.RegularExpressions;
using ReplOrchestrator.Api.Dashboard;

namespace ReplOrchestrator.Api.Tests.Dashboard;

/// <summary>The dashboard's files as embedded: all there, typed, and nothing the content security policy would block.</summary>
public sealed class DashboardAssetsTests
{
    public static TheoryData<string> Files => ["index.html", "app.css", "js/app.js", "js/api.js", "js/charts.js", "js/fleet.js", "js/vm.js", "js/alerts.js", "js/silences.js"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Find_EmbeddedFile_HasContentTypeAndStrongTag(string path)
    {
        var asset = DashboardAssets.Find(path).ShouldNotBeNull();

        asset.Content.Length.ShouldBeGreaterThan(0);
        asset.ContentType.ShouldNotBeNullOrEmpty();
        asset.EntityTag.ShouldMatch("^\"[0-9a-f]{32}\"$");
    }

    [Fact]
    public void Find_Empty_IsTheIndex() => DashboardAssets.Find(string.Empty).ShouldBe(DashboardAssets.Find("index.html"));

    [Fact]
    public void Find_OutsideTheDashboard_IsNull() => DashboardAssets.Find("../ReplOrchestrator.Api.dll").ShouldBeNull();

    [Fact]
    public void Index_HasNoInlineScriptOrStyle()
    {
        var html = Encoding.UTF8.GetString(DashboardAssets.Find("index.html")!.Content.Span);

        Regex.Matches(html, "<script(?![^>]*\\bsrc=)").ShouldBeEmpty();
        html.ShouldNotContain("<style");
        html.ShouldNotContain(" style=");
        Regex.Matches(html, "\\son[a-z]+=").ShouldBeEmpty();
    }
}
