// STUB: `detente ingest` (to be written).
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';

export function registerIngest(_program: Command, _context: CommandContext): void {}
