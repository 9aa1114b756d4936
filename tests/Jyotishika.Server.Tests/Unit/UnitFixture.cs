using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Unit;

/// <summary>
/// Loads the in-process services before the first unit test, so no test's time includes starting the ephemeris threads
/// and reading the fast path's tables and the place data, and stops the threads after the last.
/// </summary>
[SetUpFixture]
public sealed class UnitFixture
{
    [OneTimeSetUp]
    public void Load() => InProcessServices.Load();

    [OneTimeTearDown]
    public async Task StopAsync() => await InProcessServices.DisposeAsync();
}
