// STUB: `detente events` (to be written).
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';

export function registerEvents(_program: Command, _context: CommandContext): void {}
