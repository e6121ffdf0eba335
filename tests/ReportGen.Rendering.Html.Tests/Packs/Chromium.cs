using Microsoft.Playwright;

namespace ReportGen.Rendering.Html.Tests.Packs;

/// <summary>
/// A real browser: Debian's Chromium (<c>/usr/bin/chromium</c>, which <c>./test.sh</c> installs) driven by Playwright.
/// Playwright cannot download its own browsers here, so a machine without Chromium fails these tests (never skips).
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    /// <summary>Where Debian's package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts the browser; fails the test when it is not installed.</summary>
    public static async Task<Chromium> Launch()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"{ExecutablePath} is not installed: these tests open the HTML in a real browser (apt-get install chromium, or run ./test.sh, which installs it)");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Args = Arguments, Headless = true });
        return new Chromium(playwright, browser);
    }

    /// <summary>A page <paramref name="width"/> CSS pixels wide showing <paramref name="file"/>; no network but the file itself.</summary>
    public async Task<IPage> Open(string file, int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = true,
            Offline = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
