import { lazy } from 'react';

// The parts of the chat a user does not need to start typing: the messages (markdown, sanitizer),
// History (export) and Presets. Each is its own chunk, loaded after the input is on screen.
export const MessageList = lazy(() => import('./MessageList').then((module) => ({ default: module.MessageList })));
export const HistoryPanel = lazy(() => import('./HistoryPanel').then((module) => ({ default: module.HistoryPanel })));
export const PresetsPanel = lazy(() => import('./PresetsPanel').then((module) => ({ default: module.PresetsPanel })));
