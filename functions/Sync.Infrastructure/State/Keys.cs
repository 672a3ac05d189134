using System.Text;

namespace Sync.Infrastructure.State;

/// <summary>Makes any text safe as a PartitionKey or RowKey ('/', '\', '#', '?' and control characters are not allowed).</summary>
public static class Keys
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
