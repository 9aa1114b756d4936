using Google.Protobuf.WellKnownTypes;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Profiles;

/// <summary>
/// ProfileService: the caller's profiles, saved charts and notes, and their whole account. Mapped to
/// <see cref="ProfileStore"/>, <see cref="NoteStore"/> and <see cref="AccountStore"/>; every call requires a caller
/// (the endpoint demands authorization) and is scoped to them. Creations are bounded by the account's quotas
/// (MAX_PROFILES_PER_USER, MAX_NOTES_PER_USER); calls that compute a chart count against the calculation rate limit
/// (see CalculationRateLimit).
/// </summary>
public sealed class ProfileGrpcService(
    ProfileStore profiles, NoteStore notes, AccountStore accounts, SessionStore sessions, SessionCookie cookie, ProfileInput input,
    ChartComputation charts, StorageOptions storage, TimeProvider time)
    : ProfileService.ProfileServiceBase
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 100;

    private readonly StorageQuota profileQuota = StorageQuota.Profiles(storage.Quotas);
    private readonly StorageQuota noteQuota = StorageQuota.Notes(storage.Quotas);

    public override async Task<Profile> CreateProfile(CreateProfileRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (name, place, birth) = input.Check(request.Profile ?? new Profile());
        var chart = await charts.ComputeAsync(birth, context.CancellationToken).ConfigureAwait(false);
        var stored = ProfileInput.WithSettingsUsed(birth, chart.Settings);
        var (outcome, created) = await profiles.CreateAsync(
            Caller(context), name, place, ProfileMapping.ToJson(stored), ProfileMapping.ToJson(chart), charts.Version, profileQuota.Limit,
            context.CancellationToken).ConfigureAwait(false);
        return ProfileMapping.ToContract(Created(outcome, created, profileQuota, "account"));
    }

    public override async Task<Profile> GetProfile(GetProfileRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await profiles.FindAsync(Caller(context), Id(request.ProfileId, "profileId"), context.CancellationToken).ConfigureAwait(false);
        return ProfileMapping.ToContract(found ?? throw NotFound("profile"));
    }

    public override async Task<ListProfilesResponse> ListProfiles(ListProfilesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (after, size) = Page(request.PageToken, request.PageSize);
        var rows = await profiles.ListAsync(Caller(context), after, size, context.CancellationToken).ConfigureAwait(false);
        var response = new ListProfilesResponse();
        response.Profiles.AddRange(rows.Take(size).Select(ProfileMapping.ToContract));
        response.NextPageToken = NextPageToken(rows, size, row => new PagePosition(row.CreatedAt, row.Id));
        return response;
    }

    public override async Task<Profile> UpdateProfile(UpdateProfileRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var changes = request.Profile ?? new Profile();
        var userId = Caller(context);
        var profileId = Id(changes.Id, "profile.id");
        var expected = ProfileInput.ExpectedVersion(changes.Etag, "profile.etag");
        var stored = await profiles.FindAsync(userId, profileId, context.CancellationToken).ConfigureAwait(false) ?? throw NotFound("profile");
        var current = ProfileMapping.ToContract(stored);
        var (name, place, birth) = input.Check(ProfileInput.Merge(current, changes, request.UpdateMask));
        var chart = birth.Equals(current.Birth) ? null : await charts.ComputeAsync(birth, context.CancellationToken).ConfigureAwait(false);
        var storedBirth = chart is null ? birth : ProfileInput.WithSettingsUsed(birth, chart.Settings);
        var (outcome, updated) = await profiles.UpdateAsync(
            userId, profileId, expected, name, place, ProfileMapping.ToJson(storedBirth), chart is null ? null : ProfileMapping.ToJson(chart),
            charts.Version, context.CancellationToken).ConfigureAwait(false);
        return ProfileMapping.ToContract(Updated(outcome, updated, "profile"));
    }

    public override async Task<DeleteProfileResponse> DeleteProfile(DeleteProfileRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deleted = await profiles.DeleteAsync(Caller(context), Id(request.ProfileId, "profileId"), context.CancellationToken).ConfigureAwait(false);
        return deleted ? new DeleteProfileResponse() : throw NotFound("profile");
    }

    public override async Task<SavedChart> GetProfileChart(GetProfileChartRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = Caller(context);
        var profileId = Id(request.ProfileId, "profileId");
        var (profile, saved) = await profiles.FindWithChartAsync(userId, profileId, context.CancellationToken).ConfigureAwait(false)
            ?? throw NotFound("profile");
        if (saved is not null && saved.EngineVersion == charts.Version && saved.ProfileVersion == profile.Version)
        {
            return ProfileMapping.ToContract(saved);
        }

        // Missing (saving failed earlier) or stale (another engine version): compute now and keep it.
        var chart = await charts.ComputeAsync(ProfileMapping.Birth(profile.Birth), context.CancellationToken).ConfigureAwait(false);
        await profiles.SaveChartAsync(userId, profileId, profile.Version, ProfileMapping.ToJson(chart), charts.Version, context.CancellationToken)
            .ConfigureAwait(false);
        return new SavedChart
        {
            ProfileId = profileId.ToString(),
            Chart = chart,
            ComputeTime = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
            EngineVersion = charts.Version,
        };
    }

    public override async Task<Note> CreateNote(CreateNoteRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profileId = Id(request.ProfileId, "profileId");
        var (title, body) = input.Check(request.Note ?? new Note());
        var (outcome, created) = await notes.CreateAsync(
            Caller(context), profileId, title, body, noteQuota.Limit, context.CancellationToken).ConfigureAwait(false);
        return ProfileMapping.ToContract(Created(outcome, created, noteQuota, "profile"));
    }

    public override async Task<ListNotesResponse> ListNotes(ListNotesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profileId = Id(request.ProfileId, "profileId");
        var (after, size) = Page(request.PageToken, request.PageSize);
        var rows = await notes.ListAsync(Caller(context), profileId, after, size, context.CancellationToken).ConfigureAwait(false)
            ?? throw NotFound("profile");
        var response = new ListNotesResponse();
        response.Notes.AddRange(rows.Take(size).Select(ProfileMapping.ToContract));
        response.NextPageToken = NextPageToken(rows, size, row => new PagePosition(row.CreatedAt, row.Id));
        return response;
    }

    public override async Task<Note> UpdateNote(UpdateNoteRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var changes = request.Note ?? new Note();
        var userId = Caller(context);
        var noteId = Id(changes.Id, "note.id");
        var expected = ProfileInput.ExpectedVersion(changes.Etag, "note.etag");
        var stored = await notes.FindAsync(userId, noteId, context.CancellationToken).ConfigureAwait(false) ?? throw NotFound("note");
        var (title, body) = input.Check(ProfileInput.Merge(ProfileMapping.ToContract(stored), changes, request.UpdateMask));
        var (outcome, updated) = await notes.UpdateAsync(userId, noteId, expected, title, body, context.CancellationToken).ConfigureAwait(false);
        return ProfileMapping.ToContract(Updated(outcome, updated, "note"));
    }

    public override async Task<DeleteNoteResponse> DeleteNote(DeleteNoteRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deleted = await notes.DeleteAsync(Caller(context), Id(request.NoteId, "noteId"), context.CancellationToken).ConfigureAwait(false);
        return deleted ? new DeleteNoteResponse() : throw NotFound("note");
    }

    public override async Task<MyData> ExportMyData(ExportMyDataRequest request, ServerCallContext context)
    {
        var export = await accounts.ExportAsync(Caller(context), context.CancellationToken).ConfigureAwait(false) ?? throw NotFound("account");
        return AccountExport.ToContract(export, time.GetUtcNow());
    }

    public override async Task<DeleteMyAccountResponse> DeleteMyAccount(DeleteMyAccountRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = context.GetHttpContext();
        var user = CallerClaims.User(http.User)!;
        if (!string.Equals(request.ConfirmEmail.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidRequestException("confirmEmail", "must be the signed-in account's email, to confirm the deletion");
        }

        // Sessions first: if Redis is down nothing is deleted (UNAVAILABLE), rather than a deleted user keeping a session.
        await sessions.DeleteAllAsync(user.Id).ConfigureAwait(false);
        await accounts.DeleteAsync(user.Id, context.CancellationToken).ConfigureAwait(false);
        cookie.Expire(http);
        return new DeleteMyAccountResponse();
    }

    private static Guid Caller(ServerCallContext context) =>
        CallerClaims.User(context.GetHttpContext().User)?.Id
        ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "Sign in first."));

    private static Guid Id(string text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw new InvalidRequestException(field, "must be an id as returned by this service");

    /// <summary>A page request; a size above the maximum is read as the maximum, as Google's AIP-158 (pagination) has it.</summary>
    private static (PagePosition? After, int Size) Page(string token, int size)
    {
        if (size < 0)
        {
            throw new InvalidRequestException(
                "pageSize", $"must not be negative (0 means {DefaultPageSize}; more than {MaxPageSize} is read as {MaxPageSize})");
        }

        PagePosition? after = null;
        if (token.Length > 0 && !PagePosition.TryParse(token, out after))
        {
            throw new InvalidRequestException("pageToken", "must be a nextPageToken from a previous answer");
        }

        return (after, size == 0 ? DefaultPageSize : Math.Min(size, MaxPageSize));
    }

    /// <summary>The stores return one row more than a page: its presence means another page follows.</summary>
    private static string NextPageToken<T>(IReadOnlyList<T> rows, int size, Func<T, PagePosition> position) =>
        rows.Count > size ? position(rows[size - 1]).ToToken() : string.Empty;

    /// <summary>A quota-checked creation's result, or RESOURCE_EXHAUSTED at the quota, or NOT_FOUND when the owner is gone.</summary>
    private static T Created<T>(CreateOutcome outcome, T? created, StorageQuota quota, string owner) => outcome switch
    {
        CreateOutcome.Created => created!,
        CreateOutcome.QuotaReached => throw quota.Refusal(),
        _ => throw NotFound(owner),
    };

    /// <summary>An etag-checked update's result, or ABORTED when the etag is stale, or NOT_FOUND.</summary>
    private static T Updated<T>(UpdateOutcome outcome, T? updated, string what) => outcome switch
    {
        UpdateOutcome.Updated => updated!,
        UpdateOutcome.VersionConflict => throw Conflict(what),
        _ => throw NotFound(what),
    };

    private static RpcException NotFound(string what) => new(new Status(StatusCode.NotFound, $"No such {what}."));

    private static RpcException Conflict(string what) => new(new Status(
        StatusCode.Aborted, $"The {what} changed since it was read (etag mismatch); read it again and reapply the change."));
}
