using System.Globalization;

namespace Extractor.Mentions.Time;

/// <summary>Writes an amount of a time unit as ISO 8601, moving fractions to the next smaller unit ('año y medio' = P18M)
/// where they come out whole there, else keeping the decimal ('2,17 horas' = PT2.17H).</summary>
internal static class IsoDuration
{
    public static string Format(decimal amount, TimeUnit unit)
    {
        if (!Numbers.SafeArithmetic.TryMultiply(amount, unit.Amount, out var total)) total = decimal.Truncate(amount);
        char designator = unit.Designator;
        bool time = unit.IsTimeOfDay;
        // A fraction of a year is months, of a month days, of a week days, of a day hours, of an hour minutes.
        while (total != decimal.Truncate(total))
        {
            (decimal factor, char smaller, bool smallerIsTime) = (designator, time) switch
            {
                ('Y', false) => (12m, 'M', false),
                ('M', false) => (30m, 'D', false),
                ('W', false) => (7m, 'D', false),
                ('D', false) => (24m, 'H', true),
                ('H', true) => (60m, 'M', true),
                _ => (0m, designator, time),
            };
            if (factor == 0 || !Numbers.SafeArithmetic.TryMultiply(total, factor, out var smallerTotal)) break;
            // '2,17 horas' is 130,2 minutes: where the smaller unit does not come out whole, the written fraction
            // stays on the unit the text gives (ISO 8601 allows a decimal on the last component): PT2.17H.
            if (smallerTotal != decimal.Truncate(smallerTotal))
                return Write(total.ToString(CultureInfo.InvariantCulture), designator, time);
            total = smallerTotal;
            designator = smaller;
            time = smallerIsTime;
        }
        return Write(decimal.Truncate(total).ToString(CultureInfo.InvariantCulture), designator, time);
    }

    private static string Write(string number, char designator, bool time) => time ? $"PT{number}{designator}" : $"P{number}{designator}";
}
