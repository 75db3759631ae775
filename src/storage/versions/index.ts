/**
 * Every schema version that ever shipped, each in its own frozen module with its upgrade,
 * so a browser holding any older copy opens it with the current code. A new version is a
 * new module; a shipped one is never edited.
 */
import type { Dexie } from 'dexie';
import { V1_STORES } from './v1';
import { upgradeToV2, V2_STORES } from './v2';
import { upgradeToV3, V3_STORES } from './v3';
import { V4_STORES } from './v4';
import { upgradeToV5, V5_STORES } from './v5';
import { V6_STORES } from './v6';
import { V7_STORES } from './v7';
import { upgradeToV8, V8_STORES } from './v8';
import { LATEST_VERSION } from '../database-name';

export function declareVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  db.version(3).stores(V3_STORES).upgrade(upgradeToV3);
  db.version(4).stores(V4_STORES);
  db.version(5).stores(V5_STORES).upgrade(upgradeToV5);
  db.version(6).stores(V6_STORES);
  db.version(7).stores(V7_STORES);
  db.version(LATEST_VERSION).stores(V8_STORES).upgrade(upgradeToV8);
}
