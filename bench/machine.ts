// What machine the figures came from.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memory: string;
  node: string;
  os: string;
  less: string | null;
}

/** less's version line, or null when less is not installed. */
export function lessVersion(): string | null {
  try {
    return execFileSync('less', ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
  } catch {
    return null;
  }
}

function osName(): string {
  try {
    const release = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' }).trim();
    return `${release}, Linux ${execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim()}`;
  } catch {
    return process.platform;
  }
}

export function describeMachine(): Machine {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    node: process.version,
    os: osName(),
    less: lessVersion(),
  };
}
