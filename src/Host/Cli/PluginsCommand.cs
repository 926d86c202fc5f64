using System.Globalization;
using System.CommandLine;
using Connectors.Host.Configuration;
using Connectors.Host.Plugins;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>plugins</c>: every plugin folder, its manifest, and why a folder did not load.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var command = new Command("plugins", "List the plugins found in the plugins folder, with their manifests and load status");
        command.SetAction(parse =>
        {
            // The configuration only says where the plugins are; a broken or missing file falls back to the default folder.
            var errors = new List<ConfigError>();
            var configPath = parse.GetValue(GlobalOptions.Config)!;
            var config = File.Exists(configPath) ? ConfigFileReader.Read(configPath, errors) : null;
            var catalog = HostSetupLoader.LoadPlugins(config);
            Render(catalog);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(PluginCatalog catalog)
    {
        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Plugins in [bold]{catalog.Directory}[/]");
        var table = new Table().AddColumns("Id", "Name", "Version", "Kind", "Capabilities", "Options", "Status");
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
                plugin.Status == PluginStatus.Active ? "[green]Active[/]" : $"[red]{plugin.Status}[/]");
        }

        console.Write(table);
        foreach (var failed in catalog.Failed)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{Path.GetFileName(failed.Folder)}[/]: {failed.Error}");
        }

        if (catalog.All.Count == 0)
        {
            console.MarkupLine("No plugin folders found. Build the solution (dotnet build) to build the plugins into this folder.");
        }
    }
}
