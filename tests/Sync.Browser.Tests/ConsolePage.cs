using Microsoft.Playwright;

namespace Sync.Browser.Tests;

/// <summary>One browser context (its own cookies) on the console, failing the test on any console error or page error.</summary>
internal sealed class ConsolePage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    private ConsolePage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page: {error}");
    }

    public IPage Page { get; }

    public static async Task<ConsolePage> OpenAsync(ConsoleFixture console, ViewportSize? viewport = null)
    {
        var context = await console.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = console.BaseUrl.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1100, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        return new ConsolePage(context, await context.NewPageAsync());
    }

    /// <summary>The dev host's local sign-in, as a person does it: open the console, pick the POS user by name.</summary>
    public async Task SignInAsync(string userName, string path = "/")
    {
        await Page.GotoAsync(path);
        await Page.GetByRole(AriaRole.Button, new() { Name = userName, Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).WaitForAsync();
    }

    /// <summary>Keyboard only: Tab until the focused control reads <paramref name="text"/>, then press Enter.</summary>
    public async Task TabToAndPressAsync(string text, int maxTabs = 40)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string?>("() => document.activeElement?.textContent?.trim()") == text)
            {
                await Page.Keyboard.PressAsync("Enter");
                return;
            }
        }

        Assert.Fail($"No control reading '{text}' could be reached with Tab.");
    }

    /// <summary>Saves a screenshot under artifacts/screenshots/ at the repository's root (ignored by git).</summary>
    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}.png"), FullPage = true });
    }

    public void AssertNoConsoleErrors() => Assert.Empty(errors);

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sync.Functions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
