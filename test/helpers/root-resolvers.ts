import type { Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { PUBLIC_KEY, Role, ROLES_KEY } from '#gw/auth';
import type { TestApp } from './test-app';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

export interface RootResolverMethod {
  field: string; // e.g. "Query.factTypes"
  declaredBy: string; // e.g. "CatalogResolver.factTypes"
  roles: Role[] | undefined;
  isPublic: boolean | undefined;
}

// Every method that @nestjs/graphql would register as a root field, found the way the library
// itself finds them: any provider of any module, any method with resolver-type metadata.
export function rootResolverMethods(t: TestApp): RootResolverMethod[] {
  const modules = t.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = t.app.get(Reflector);
  const seen = new Set<object>();
  const found: RootResolverMethod[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.providers.values()) {
      const cls = wrapper.metatype as Type | null;
      if (typeof cls !== 'function' || !cls.prototype || seen.has(cls)) continue;
      seen.add(cls);
      for (const methodName of scanner.getAllMethodNames(cls.prototype)) {
        const handler = cls.prototype[methodName] as (...args: unknown[]) => unknown;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as unknown;
        if (typeof rootType !== 'string' || !ROOT_TYPES.includes(rootType)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? methodName;
        // the same lookup the guard makes: the method's declaration wins over the class's
        found.push({
          field: `${rootType}.${name}`,
          declaredBy: `${cls.name}.${methodName}`,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, cls]),
          isPublic: reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [handler, cls]),
        });
      }
    }
  }
  return found;
}

export function rootFields(schema: GraphQLSchema): string[] {
  const types = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (x): x is GraphQLObjectType => !!x,
  );
  return types.flatMap((type) => Object.keys(type.getFields()).map((f) => `${type.name}.${f}`));
}
