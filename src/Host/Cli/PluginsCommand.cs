using System.Globalization;
using System.CommandLine;
using Connectors.Host.Configuration;
using Connectors.Host.Plugins;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>plugins</c>: every plugin folder, its manifest, where it came from, and why a folder did not load;
/// <c>plugins install &lt;zip|folder&gt;</c>: puts a published plugin into the plugins folder after checking it.
/// </summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var command = new Command("plugins", "List the plugins found in the plugins folder, with their manifests and load status");
        command.SetAction(parse =>
        {
            Render(Catalog(parse));
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(CreateInstall());
        return command;
    }

    private static Command CreateInstall()
    {
        var source = new Argument<string>("source") { Description = "The plugin's dotnet publish folder, or a .zip of it" };
        var command = new Command("install", "Install a published plugin (folder or zip) into the plugins folder, after checking its manifest, contract version and id")
        {
            source,
        };
        command.SetAction(parse =>
        {
            var catalog = Catalog(parse);
            var installed = PluginInstaller.Install(parse.GetValue(source)!, catalog, TimeProvider.System, out var error);
            if (installed is null)
            {
                Console.Error.WriteLine($"error: {error}");
                return ExitCodes.ConfigError;
            }

            var manifest = installed.Manifest!;
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Installed [bold]{manifest.Id}[/] {manifest.Version} ({manifest.Kind}) into {installed.Folder}; restart a running host to load it.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The plugins of the configured folder. The configuration only says where they are; a broken or missing file falls
    /// back to the default folder.
    /// </summary>
    private static PluginCatalog Catalog(ParseResult parse)
    {
        var errors = new List<ConfigError>();
        var configPath = parse.GetValue(GlobalOptions.Config)!;
        var config = File.Exists(configPath) ? ConfigFileReader.Read(configPath, errors) : null;
        return HostSetupLoader.LoadPlugins(config);
    }

    private static void Render(PluginCatalog catalog)
    {
        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Plugins in [bold]{catalog.Directory}[/]");
        var table = new Table().AddColumns("Id", "Name", "Version", "Kind", "Capabilities", "Options", "Status", "Source");
        foreach (var plugin in catalog.All)
        {
            var manifest = plugin.Manifest;
            table.AddRow(
                Markup.Escape(plugin.DisplayId),
                Markup.Escape(manifest?.Name ?? "-"),
                Markup.Escape(manifest?.Version.ToString() ?? "-"),
                manifest?.Kind.ToString() ?? "-",
                Markup.Escape(manifest?.Capabilities.ToString() ?? "-"),
                Markup.Escape(manifest?.OptionsType.Name ?? "-"),
                plugin.Status == PluginStatus.Active ? "[green]Active[/]" : $"[red]{plugin.Status}[/]",
                Markup.Escape(InstallRecord.Describe(plugin, catalog.Directory)));
        }

        console.Write(table);
        foreach (var failed in catalog.Failed)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{Path.GetFileName(failed.Folder)}[/]: {failed.Error}");
        }

        if (catalog.All.Count == 0)
        {
            console.MarkupLine("No plugin folders found. Build the solution (dotnet build) to build the plugins into this folder, or add one with plugins install <zip|folder>.");
        }
    }
}
