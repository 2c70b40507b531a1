namespace Extractor.Mentions.Numbers;

/// <summary>
/// Products of numbers and scales that cannot overflow: 'mil millones de millones de billones…' or a
/// forty-digit string is not an amount any article means, so past 10^21 a numeral is refused, not thrown.
/// </summary>
internal static class SafeArithmetic
{
    private const decimal Limit = 1e21m;

    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0;
        if (a == 0 || b == 0) return true;
        if (Math.Abs(a) > Limit / Math.Max(1m, Math.Abs(b))) return false;
        product = a * b;
        return true;
    }
}
