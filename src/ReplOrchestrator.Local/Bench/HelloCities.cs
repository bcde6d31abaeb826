using Microsoft.DurableTask;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// The Durable Task backends' published benchmark shape: an orchestration that calls an activity five
/// times in sequence. Counted as they count it: an activity call and its result are two events, ten per
/// orchestration.
/// </summary>
internal static class HelloCities
{
    public const string Orchestrator = "HelloCities5";
    public const string Activity = "SayHello";
    public const int EventsPerOrchestration = 10;
    private static readonly string[] s_cities = ["Tokyo", "Seattle", "London", "Amsterdam", "Cairo"];

    public static void Register(DurableTaskRegistry registry) => registry
        .AddActivityFunc<string, string>(Activity, (_, city) => $"Hello {city}!")
        .AddOrchestratorFunc<string?, List<string>>(Orchestrator, async (context, _) =>
        {
            var greetings = new List<string>(s_cities.Length);
            foreach (var city in s_cities)
            {
                greetings.Add(await context.CallActivityAsync<string>(Activity, city));
            }

            return greetings;
        });
}
