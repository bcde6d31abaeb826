using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ReplOrchestrator.Functions.Durable;

/// <summary>Registers <see cref="InvocationDurableClient"/> and the scoped <see cref="DurableTaskClient"/> it serves.</summary>
internal static class InvocationDurableClientRegistration
{
    public static IServiceCollection AddInvocationDurableClient(this IServiceCollection services) => services
        .AddScoped<InvocationDurableClient>()
        .AddScoped(sp => sp.GetRequiredService<InvocationDurableClient>().Client);
}
