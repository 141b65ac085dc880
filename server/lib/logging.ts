/** A log line goes to standard output unless the caller gives its own sink (tests capture lines). */
export type LogLine = (line: string) => void;

/** Keys must never reach a log line, whatever a message contains: API keys and Bearer values are redacted. */
function scrubSecrets(line: string): string {
  return line.replace(/nxd_[A-Za-z0-9_-]+/g, 'nxd_[redacted]').replace(/Bearer\s+\S+/gi, 'Bearer [redacted]');
}

/** The logger every app and the proxy write through: the given sink (console by default), scrubbed. */
export function scrubbedLog(sink: LogLine = (line) => console.log(line)): LogLine {
  return (line) => sink(scrubSecrets(line));
}
