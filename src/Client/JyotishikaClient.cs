using Jyotishika.V1;

namespace Jyotishika.Client;

/// <summary>
/// Every Jyotishika service client in one object, for code that uses several. Registered by <c>AddJyotishikaClient</c>
/// (transient, like the clients it holds); each client is also registered on its own.
/// </summary>
/// <param name="charts">The <see cref="ChartService"/> client.</param>
/// <param name="dashas">The <see cref="DashaService"/> client.</param>
/// <param name="panchang">The <see cref="PanchangService"/> client.</param>
/// <param name="places">The <see cref="PlaceService"/> client.</param>
/// <param name="ephemeris">The <see cref="EphemerisService"/> client.</param>
/// <param name="auth">The <see cref="AuthService"/> client.</param>
/// <param name="profiles">The <see cref="ProfileService"/> client.</param>
/// <param name="yogas">The <see cref="YogaService"/> client.</param>
/// <param name="matching">The <see cref="MatchService"/> client.</param>
/// <param name="doshas">The <see cref="DoshaService"/> client.</param>
/// <param name="strength">The <see cref="StrengthService"/> client.</param>
/// <param name="jaimini">The <see cref="JaiminiService"/> client.</param>
/// <param name="varshaphal">The <see cref="VarshaphalService"/> client.</param>
public sealed class JyotishikaClient(
    ChartService.ChartServiceClient charts,
    DashaService.DashaServiceClient dashas,
    PanchangService.PanchangServiceClient panchang,
    PlaceService.PlaceServiceClient places,
    EphemerisService.EphemerisServiceClient ephemeris,
    AuthService.AuthServiceClient auth,
    ProfileService.ProfileServiceClient profiles,
    YogaService.YogaServiceClient yogas,
    MatchService.MatchServiceClient matching,
    DoshaService.DoshaServiceClient doshas,
    StrengthService.StrengthServiceClient strength,
    JaiminiService.JaiminiServiceClient jaimini,
    VarshaphalService.VarshaphalServiceClient varshaphal)
{
    /// <summary>Birth charts, batches of them, divisional charts and chart pictures (<c>ComputeChart</c>, <c>ComputeCharts</c>,
    /// <c>ComputeVargas</c>, <c>RenderChart</c>: SVG or PNG bytes in an HttpBody). Retried on UNAVAILABLE.</summary>
    public ChartService.ChartServiceClient Charts { get; } = charts ?? throw new ArgumentNullException(nameof(charts));

    /// <summary>Dasha periods, whole (<c>ComputeDasha</c>) or streamed (<c>StreamDasha</c>). Retried on UNAVAILABLE.</summary>
    public DashaService.DashaServiceClient Dashas { get; } = dashas ?? throw new ArgumentNullException(nameof(dashas));

    /// <summary>The panchang of a local day (<c>ComputePanchang</c>), of every day in a range, streamed (<c>StreamPanchang</c>),
    /// and a day's muhurta periods (<c>ComputeMuhurta</c>). Retried on UNAVAILABLE (the stream before its first message).</summary>
    public PanchangService.PanchangServiceClient Panchang { get; } = panchang ?? throw new ArgumentNullException(nameof(panchang));

    /// <summary>Place search and the time zone at a point (<c>SearchPlaces</c>, <c>LookupTimeZone</c>). Retried on UNAVAILABLE.</summary>
    public PlaceService.PlaceServiceClient Places { get; } = places ?? throw new ArgumentNullException(nameof(places));

    /// <summary>Positions over a range and the events in it, streamed (<c>StreamPositions</c>, <c>SearchEvents</c>). Retried
    /// on UNAVAILABLE before the first message.</summary>
    public EphemerisService.EphemerisServiceClient Ephemeris { get; } = ephemeris ?? throw new ArgumentNullException(nameof(ephemeris));

    /// <summary>Who is calling and their API tokens (<c>GetMe</c>, <c>CreateApiToken</c> …). Never retried.</summary>
    public AuthService.AuthServiceClient Auth { get; } = auth ?? throw new ArgumentNullException(nameof(auth));

    /// <summary>The caller's saved profiles, charts and notes, export and account deletion. Never retried.</summary>
    public ProfileService.ProfileServiceClient Profiles { get; } = profiles ?? throw new ArgumentNullException(nameof(profiles));

    /// <summary>Classical yogas of a birth or of typed placements (<c>ComputeYogas</c>). Retried on UNAVAILABLE.</summary>
    public YogaService.YogaServiceClient Yogas { get; } = yogas ?? throw new ArgumentNullException(nameof(yogas));

    /// <summary>Kundli matching, one pair (<c>ComputeMatch</c>) or one person against many candidates, ranked
    /// (<c>RankMatches</c>, <c>StreamRankMatches</c>). Retried on UNAVAILABLE (the stream before its first message).</summary>
    public MatchService.MatchServiceClient Matching { get; } = matching ?? throw new ArgumentNullException(nameof(matching));
    /// <summary>Manglik, Kaal Sarp, Guru-Chandala and Pitra doshas of a birth or of typed placements, and a birth's Sade Sati
    /// timeline (<c>ComputeDoshas</c>). Retried on UNAVAILABLE.</summary>
    public DoshaService.DoshaServiceClient Doshas { get; } = doshas ?? throw new ArgumentNullException(nameof(doshas));

    /// <summary>Graha and rasi aspects and ashtakavarga of a birth or of typed placements (<c>ComputeAspects</c>,
    /// <c>ComputeAshtakavarga</c>). Retried on UNAVAILABLE.</summary>
    public StrengthService.StrengthServiceClient Strength { get; } = strength ?? throw new ArgumentNullException(nameof(strength));

    /// <summary>Chara karakas, arudha padas and graha arudhas of a birth (any varga) or of typed placements
    /// (<c>ComputeJaimini</c>). Retried on UNAVAILABLE.</summary>
    public JaiminiService.JaiminiServiceClient Jaimini { get; } = jaimini ?? throw new ArgumentNullException(nameof(jaimini));

    /// <summary>Tajaka annual charts: the varsha pravesha and its chart, muntha, year lord, mudda dasha, month and sixty-hour
    /// charts (<c>ComputeVarshaphal</c>). Retried on UNAVAILABLE.</summary>
    public VarshaphalService.VarshaphalServiceClient Varshaphal { get; } = varshaphal ?? throw new ArgumentNullException(nameof(varshaphal));
}
