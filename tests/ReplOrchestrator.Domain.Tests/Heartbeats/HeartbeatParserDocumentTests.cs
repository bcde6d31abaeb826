using System.Text;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Heartbeats.HeartbeatBodies;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

/// <summary>Rules about the document as a whole: JSON, schema, size, limits, duplicates, product rules.</summary>
public sealed class HeartbeatParserDocumentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{\"schema\":")]
    [InlineData("{\"schema\": \"repl-heartbeat/v1\",}")]
    [InlineData("not json")]
    [InlineData("{\"schema\": \"repl-heartbeat/v1\", \"schema\": \"repl-heartbeat/v1\"}")]
    public void Parse_MalformedJson_ReportsOneRootProblem(string body)
    {
        var problem = Parse(Encoding.UTF8.GetBytes(body)).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("$");
        problem.Kind.ShouldBe(ContractProblemKind.MalformedJson);
    }

    [Fact]
    public void Parse_InvalidUtf8InsideAString_ReportsMalformedJson()
    {
        var text = Valid().ToJsonString();
        var body = Encoding.UTF8.GetBytes(text);
        body[Encoding.UTF8.GetByteCount(text[..text.IndexOf("sql01", StringComparison.Ordinal)])] = 0xFF;

        var result = Parse(body);

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ContractProblemKind.MalformedJson);
    }

    [Fact]
    public void Parse_RootIsAnArray_ReportsWrongType()
    {
        var problem = Parse(Encoding.UTF8.GetBytes("[]")).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$", ContractProblemKind.WrongType));
    }

    [Theory]
    [InlineData("\"repl-heartbeat/v2\"")]
    [InlineData("\"REPL-HEARTBEAT/V1\"")]
    [InlineData("1")]
    [InlineData(JsonEdit.Remove)]
    public void Parse_OtherSchema_ReportsOnlyTheSchema(string schema)
    {
        var body = JsonEdit.Set(Valid(), "$.schema", schema);
        body.Remove("vms");
        body["kind"] = "Unknown";

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.schema", ContractProblemKind.UnsupportedSchema));
    }

    [Fact]
    public void Parse_BodyOverTheSizeLimit_IsRejectedUnread()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid().ToJsonString());

        var result = Parse(bytes, new HeartbeatLimits { MaxBodyBytes = bytes.Length - 1 });

        result.IsTooLarge.ShouldBeTrue();
        result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ContractProblemKind.BodyTooLarge);
    }

    [Fact]
    public void Parse_BodyExactlyAtTheSizeLimit_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid().ToJsonString());

        Parse(bytes, new HeartbeatLimits { MaxBodyBytes = bytes.Length }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Parse_DefaultLimit_RejectsABodyOfOneMebibytePlusOne()
    {
        var result = Parse(new byte[(1024 * 1024) + 1]);

        result.IsTooLarge.ShouldBeTrue();
    }

    [Theory]
    [InlineData("$.vms", 1)]
    [InlineData("$.vms[0].cycle.disks", 2)]
    [InlineData("$.events", 3)]
    public void Parse_ListOverItsLimit_ReportsTheList(string path, int limitIndex)
    {
        var limits = limitIndex switch
        {
            1 => new HeartbeatLimits { MaxVms = 1 },
            2 => new HeartbeatLimits { MaxDisksPerVm = 1 },
            _ => new HeartbeatLimits { MaxEvents = 0 },
        };

        var problem = Parse(Valid(), limits).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe((path, ContractProblemKind.LimitExceeded));
    }

    [Fact]
    public void Parse_TwoVmsWithOneId_ReportsTheSecond()
    {
        var body = JsonEdit.Set(Valid(), "$.vms[1].vmId", "\"vm-sql01\"");

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.vms[1].vmId", ContractProblemKind.Duplicate));
        problem.Message.ShouldContain("$.vms[0].vmId");
    }

    [Fact]
    public void Parse_DuplicateVmIdWhoseFirstVmHasOtherProblems_StillReportsTheDuplicate()
    {
        var body = JsonEdit.Set(Valid(), "$.vms[1].vmId", "\"vm-sql01\"");
        body = JsonEdit.Set(body, "$.vms[0].replication.state", "\"Sideways\"");

        var paths = Parse(body).Problems.Select(p => (p.Path, p.Kind)).ToList();

        paths.ShouldContain(("$.vms[0].replication.state", ContractProblemKind.UnknownEnumValue));
        paths.ShouldContain(("$.vms[1].vmId", ContractProblemKind.Duplicate));
    }

    [Fact]
    public void Parse_TwoDisksWithOneIdInAVm_ReportsTheSecond()
    {
        var body = JsonEdit.Set(Valid(), "$.vms[0].cycle.disks[1].diskId", "\"disk-0\"");

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.vms[0].cycle.disks[1].diskId", ContractProblemKind.Duplicate));
    }

    [Fact]
    public void Parse_SameDiskIdInTwoVms_IsAccepted()
    {
        var body = JsonEdit.Set(Valid(), "$.vms[1].cycle",
            """{ "cycleId": "c-1", "type": "Initial", "phase": "Upload", "startedAt": "2026-11-21T00:00:00Z", "disks": [ { "diskId": "disk-0", "totalBytes": 10, "uploadedBytes": 1 } ] }""");

        Parse(body).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_TwoServicesWithOneName_ReportsTheSecond()
    {
        var body = Valid();
        body["services"]!.AsArray().Add(JsonNode.Parse("""{ "name": "asrgwy", "state": "Stopped" }"""));

        Parse(body).Problems.ShouldHaveSingleItem().Path.ShouldBe("$.services[1].name");
    }

    [Fact]
    public void Parse_HyperVFrequencyOutsideTheThreeChoices_ReportsTheFrequency()
    {
        var body = JsonEdit.Set(Valid(), "$.kind", "\"HyperVReplica\"");
        body = JsonEdit.Set(body, "$.vms[1].replication.frequencySeconds", "300");

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.vms[0].replication.frequencySeconds", ContractProblemKind.InvalidValue));
    }

    [Fact]
    public void Parse_HyperVWithoutFrequency_ReportsItMissing()
    {
        var body = JsonEdit.Set(Valid(), "$.kind", "\"HyperVReplica\"");
        body = JsonEdit.Set(body, "$.vms[0].replication.frequencySeconds", "30");

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.vms[1].replication.frequencySeconds", ContractProblemKind.MissingField));
    }

    [Fact]
    public void Parse_ConfiguredClockSkew_DecidesWhatIsTooFarAhead()
    {
        var body = JsonEdit.Set(Valid(), "$.sentAt", "\"2026-11-22T04:30:00Z\"");

        Parse(body).IsValid.ShouldBeFalse();
        Parse(body, new HeartbeatLimits { MaxClockSkew = TimeSpan.FromHours(1) }).IsValid.ShouldBeTrue();
    }
}
