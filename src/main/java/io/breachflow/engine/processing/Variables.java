package io.breachflow.engine.processing;

import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variable scopes as Zeebe defines them: each element instance is a scope, lookups walk outwards
 * (shadowing), local writes stay put, and propagated writes update the nearest scope that already
 * has the name, else the process instance.
 */
final class Variables {
    private final CommandContext ctx;
    private final Map<Long, Scope> scopes = new HashMap<>();

    private static final class Scope {
        final long processInstanceKey;
        final boolean isNew;
        final Map<String, String> values;
        final Set<String> stored;
        final Set<String> inserted = new HashSet<>();
        final Set<String> updated = new HashSet<>();
        boolean dropped;

        Scope(long processInstanceKey, boolean isNew, Map<String, String> values) {
            this.processInstanceKey = processInstanceKey;
            this.isNew = isNew;
            this.values = values;
            this.stored = new HashSet<>(values.keySet());
        }
    }

    Variables(CommandContext ctx) {
        this.ctx = ctx;
    }

    void newScope(long key) {
        ElementInstance instance = ctx.instance(key);
        scopes.put(key, new Scope(instance.processInstanceKey(), true, new LinkedHashMap<>()));
    }

    private Scope scope(long key) {
        Scope scope = scopes.get(key);
        if (scope == null) {
            ElementInstance instance = ctx.instance(key);
            long processInstanceKey = instance == null ? key : instance.processInstanceKey();
            scope = new Scope(processInstanceKey, false, ctx.store.variables(key));
            scopes.put(key, scope);
        }
        return scope;
    }

    Map<String, String> locals(long scopeKey) {
        return scope(scopeKey).values;
    }

    void setLocal(long scopeKey, String name, String json) {
        Scope scope = scope(scopeKey);
        scope.values.put(name, json);
        if (scope.stored.contains(name)) {
            scope.updated.add(name);
        } else {
            scope.inserted.add(name);
        }
        ctx.history(scope.processInstanceKey, "VARIABLE", "SET", scopeKey, name, null, null);
    }

    void setLocal(long scopeKey, Map<String, String> variables) {
        variables.forEach((name, value) -> setLocal(scopeKey, name, value));
    }

    /** Writes each variable to the nearest scope (from {@code startScopeKey} outwards) that has it, else the root. */
    void propagate(long startScopeKey, Map<String, String> variables) {
        if (variables.isEmpty()) {
            return;
        }
        List<Long> chain = chain(startScopeKey);
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            long target = chain.get(chain.size() - 1);
            for (long scopeKey : chain) {
                if (scope(scopeKey).values.containsKey(variable.getKey())) {
                    target = scopeKey;
                    break;
                }
            }
            setLocal(target, variable.getKey(), variable.getValue());
        }
    }

    /** The raw JSON of a visible variable (shadowing applied), or null. */
    String visible(long scopeKey, String name) {
        for (long key : chain(scopeKey)) {
            String value = scope(key).values.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** All visible variables, inner scopes shadowing outer ones. */
    Map<String, String> visible(long scopeKey) {
        List<Long> chain = chain(scopeKey);
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            result.putAll(scope(chain.get(i)).values);
        }
        return result;
    }

    Expression.VariableLookup lookup(long scopeKey) {
        Map<String, Object> parsed = new HashMap<>();
        return name -> {
            if (parsed.containsKey(name)) {
                return parsed.get(name);
            }
            String json = visible(scopeKey, name);
            Object value = json == null ? Expression.VariableLookup.MISSING : ctx.json.read(json);
            parsed.put(name, value);
            return value;
        };
    }

    /** Scope keys from {@code scopeKey} up to its process instance. */
    List<Long> chain(long scopeKey) {
        List<Long> chain = new ArrayList<>(4);
        long key = scopeKey;
        while (key >= 0) {
            chain.add(key);
            ElementInstance instance = ctx.instance(key);
            key = instance == null ? -1 : instance.flowScopeKey();
        }
        return chain;
    }

    void dropScope(long key) {
        Scope scope = scopes.get(key);
        if (scope == null) {
            scope = new Scope(key, false, new LinkedHashMap<>());
            scopes.put(key, scope);
        }
        scope.dropped = true;
    }

    void flush() {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<Long, Scope> entry : scopes.entrySet()) {
            long key = entry.getKey();
            Scope scope = entry.getValue();
            if (scope.dropped) {
                if (!scope.isNew) {
                    ctx.store.deleteVariables(key);
                }
                continue;
            }
            for (String name : scope.inserted) {
                inserts.add(new Object[] {key, name, scope.processInstanceKey, scope.values.get(name),
                    ctx.nextKey()});
            }
            for (String name : scope.updated) {
                updates.add(new Object[] {scope.values.get(name), key, name});
            }
        }
        ctx.store.saveVariables(inserts, updates);
    }
}
