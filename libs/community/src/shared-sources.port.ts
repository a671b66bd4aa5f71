import type { SharedSource } from './guidance';

// What the community check needs to know of the source registry, and no more: which facts a
// window can check online today. libs/sources provides it (RegistryService); the community lib
// depends on this port, not on how sources are run.
export interface SharedSourceDirectory {
  activeGrantedSources(factTypeCodes: string[]): Promise<Map<string, SharedSource[]>>;
}

export const SHARED_SOURCE_DIRECTORY = Symbol('SHARED_SOURCE_DIRECTORY');
