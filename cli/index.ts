// Placeholder entry so the build config is complete; the CLI is being written in this folder.
console.error('bpjs-tk: the command-line tool is not built yet')
process.exitCode = 1
