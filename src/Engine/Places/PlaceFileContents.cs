namespace Jyotishika.Engine.Places;

/// <summary>What the place data file holds, as read: the places in file order, their search keys and the fold table.</summary>
internal sealed record PlaceFileContents(PlaceTable Places, SearchKeyList Keys, TextFolder Folder);
