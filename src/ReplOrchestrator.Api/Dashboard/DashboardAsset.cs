namespace ReplOrchestrator.Api.Dashboard;

/// <summary>One file of the dashboard: its bytes, media type, and a strong entity tag over the bytes.</summary>
internal sealed record DashboardAsset(ReadOnlyMemory<byte> Content, string ContentType, string EntityTag);
