namespace ReplOrchestrator.Local.Demo;

/// <summary>One notification a demo sink received: where it arrived and what it said first.</summary>
/// <param name="Channel"><c>Teams</c> or <c>mail</c>.</param>
/// <param name="Title">The card's title or the mail's subject.</param>
internal sealed record ReceivedNotification(string Channel, string Title);
