import Foundation
import PackagePlugin

/// Compiles the package's top-level `seeds/` folder into the target that uses this plugin.
///
/// SwiftPM's own resource bundles live beside the executable, so a copied binary would lose them;
/// `.embedInCode` would need the files inside the target and names them by mangled file name.
/// This plugin keeps `seeds/` where the design wants it and emits a table of (file name, bytes).
@main
struct EmbedSeeds: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        let inputs = names.filter { !$0.hasPrefix(".") }.sorted().map { seeds.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedSeeds.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) seed articles",
                executable: try context.tool(named: "SeedEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
