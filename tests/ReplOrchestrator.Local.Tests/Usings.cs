// The contract, the simulator and its test support are what nearly every test here speaks of.
global using ReplOrchestrator.Domain.Cycles;
global using ReplOrchestrator.Domain.Heartbeats;
global using ReplOrchestrator.Domain.Probes;
global using ReplOrchestrator.Local.Simulation;
global using ReplOrchestrator.Local.Simulation.Scenarios;
global using ReplOrchestrator.Local.Tests.Simulation.Support;
