namespace Connectors.Abstractions;

/// <summary>A rating normalised to 0..1, with the raw value and its scale kept.</summary>
public readonly record struct Rating
{
    private Rating(double value, double raw, RatingScale scale)
    {
        Value = value;
        Raw = raw;
        Scale = scale;
    }

    /// <summary>The rating on 0 (worst) to 1 (best).</summary>
    public double Value { get; }

    /// <summary>The rating as the channel gave it.</summary>
    public double Raw { get; }

    /// <summary>The channel's scale.</summary>
    public RatingScale Scale { get; }

    /// <summary>Normalises a raw rating.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The raw value is outside the scale.</exception>
    public static Rating FromScale(double raw, RatingScale scale)
    {
        var (min, max) = Bounds(scale);
        if (double.IsNaN(raw) || raw < min || raw > max)
        {
            throw new ArgumentOutOfRangeException(nameof(raw), raw, $"must be between {min} and {max} on the {scale} scale");
        }

        return new Rating((raw - min) / (max - min), raw, scale);
    }

    /// <summary>
    /// The rating as people read it, on its own scale: <c>★★★★☆ 4/5 stars</c>, <c>NPS 3/10 (detractor)</c>,
    /// <c>CSAT 2/5</c>; never an NPS answer shown as stars.
    /// </summary>
    public string Describe()
    {
        var raw = Raw.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        switch (Scale)
        {
            case RatingScale.Stars1To5:
                var stars = (int)Math.Round(Raw, MidpointRounding.AwayFromZero);
                return $"{new string('★', stars)}{new string('☆', 5 - stars)} {raw}/5 stars";
            case RatingScale.Nps0To10:
                var band = Raw >= 9 ? "promoter" : Raw >= 7 ? "passive" : "detractor";
                return $"NPS {raw}/10 ({band})";
            case RatingScale.Csat1To5:
                return $"CSAT {raw}/5";
            default:
                return $"{raw} ({Scale})";
        }
    }

    /// <summary>The lowest and highest raw value of a scale.</summary>
    public static (double Min, double Max) Bounds(RatingScale scale) => scale switch
    {
        RatingScale.Stars1To5 or RatingScale.Csat1To5 => (1, 5),
        RatingScale.Nps0To10 => (0, 10),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "unknown rating scale"),
    };
}
