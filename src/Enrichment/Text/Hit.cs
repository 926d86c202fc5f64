namespace Connectors.Enrichment.Text;

/// <summary>A phrase that matched: which entry, how many tokens (or characters, when unspaced) it covers, and how specific it is.</summary>
internal readonly record struct Hit(int Entry, int Length, int Weight = 0);
