namespace Connectors.Abstractions;

/// <summary>The scale a raw rating was given on.</summary>
public enum RatingScale
{
    /// <summary>Stars from 1 to 5.</summary>
    Stars1To5,

    /// <summary>Net Promoter Score, 0 to 10.</summary>
    Nps0To10,

    /// <summary>Customer satisfaction, 1 to 5.</summary>
    Csat1To5,
}
