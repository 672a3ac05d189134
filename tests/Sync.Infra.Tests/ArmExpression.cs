namespace Sync.Infra.Tests;

/// <summary>Just enough of the ARM template expression language to read the objects Bicep compiles to createObject(...).</summary>
public static class ArmExpression
{
    private const string CreateObject = "createObject(";

    /// <summary>Every key/value pair of every createObject call in the expression, nested ones included.</summary>
    public static IEnumerable<KeyValuePair<string, string>> CreateObjectPairs(string expression)
    {
        var inQuote = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\'')
            {
                inQuote = !inQuote; // an escaped '' toggles twice
                continue;
            }

            if (inQuote || string.CompareOrdinal(expression, i, CreateObject, 0, CreateObject.Length) != 0)
            {
                continue;
            }

            var arguments = SplitArguments(expression, i + CreateObject.Length);
            for (var k = 0; k + 1 < arguments.Count; k += 2)
            {
                if (TryUnquote(arguments[k], out var key))
                {
                    yield return new(key, arguments[k + 1]);
                }
            }
        }
    }

    /// <summary>The value of a string literal ('abc' → abc), or false for any other expression.</summary>
    public static bool TryUnquote(string argument, out string value)
    {
        var trimmed = argument.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '\'' && trimmed[^1] == '\'')
        {
            value = trimmed[1..^1].Replace("''", "'", StringComparison.Ordinal);
            return true;
        }

        value = string.Empty;
        return false;
    }

    private static List<string> SplitArguments(string expression, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var inQuote = false;
        var argumentStart = start;
        for (var j = start; j < expression.Length; j++)
        {
            var c = expression[j];
            if (inQuote)
            {
                if (c == '\'')
                {
                    if (j + 1 < expression.Length && expression[j + 1] == '\'')
                    {
                        j++;
                    }
                    else
                    {
                        inQuote = false;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    inQuote = true;
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']' when depth == 0:
                    AddArgument(arguments, expression[argumentStart..j]);
                    return arguments;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    AddArgument(arguments, expression[argumentStart..j]);
                    argumentStart = j + 1;
                    break;
            }
        }

        throw new FormatException($"Unbalanced call in expression: {expression}");
    }

    private static void AddArgument(List<string> arguments, string argument)
    {
        var trimmed = argument.Trim();
        if (trimmed.Length > 0)
        {
            arguments.Add(trimmed);
        }
    }
}
