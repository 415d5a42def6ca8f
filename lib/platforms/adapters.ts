import type { PlatformAdapter } from './adapter';
import { douyin } from './douyin';
import { jd } from './jd';
import { pdd } from './pdd';
import { taobao } from './taobao';
import type { Platform } from './types';

export const adapters: Partial<Record<Platform, PlatformAdapter>> = { jd, pdd, taobao, douyin };
