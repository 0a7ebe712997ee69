// STUB: `detente bench` (to be written).
import type { Command } from 'commander';
import type { CommandContext } from '../main.ts';

export function registerBench(_program: Command, _context: CommandContext): void {}
