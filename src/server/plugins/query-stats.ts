import { isAsyncIterable, type Plugin } from "graphql-yoga";
import { collectQueryStats, type QueryStats } from "../../db/query-stats.js";

/**
 * With COLLOQUY_QUERY_STATS=1: every response carries
 * `extensions.queryStats.sqlStatements`, counted at the driver adapter. A request
 * that never executes (a syntax or validation error) reports 0.
 */
export function useQueryStats(): Plugin {
  const statsByRequest = new WeakMap<Request, QueryStats>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const stats: QueryStats = { sqlStatements: 0 };
      const request = (args.contextValue as { request?: Request }).request;
      if (request) statsByRequest.set(request, stats);
      setExecuteFn((executeArgs) => collectQueryStats(stats, () => executeFn(executeArgs)));
    },
    onResultProcess({ request, result, setResult }) {
      if (isAsyncIterable(result) || Array.isArray(result)) return;
      const queryStats = { sqlStatements: statsByRequest.get(request)?.sqlStatements ?? 0 };
      setResult({ ...result, extensions: { ...result.extensions, queryStats } });
    },
  };
}
