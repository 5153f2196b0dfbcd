import ArgumentParser

/// The `gainsay` command: browse by default, with subcommands for the headless uses.
@main
struct Gainsay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gainsay",
        abstract: "Who claims it, who denies it: a terminal reader of contested news.",
        subcommands: [Browse.self, ExtractCommand.self, PropositionsCommand.self, BenchCommand.self, ArticlesCommand.self],
        defaultSubcommand: Browse.self
    )
}
