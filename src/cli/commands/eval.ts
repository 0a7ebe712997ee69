// STUB: `detente eval` (to be written).
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';

export function registerEval(_program: Command, _context: CommandContext): void {}
