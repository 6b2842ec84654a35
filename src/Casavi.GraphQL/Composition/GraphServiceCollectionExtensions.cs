using System.Text.Encodings.Web;
using Casavi.GraphQL.Features.RestHooks;
using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Accounts;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Execution;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Subscriptions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Composition;

public static class GraphServiceCollectionExtensions
{
    /// <summary>Registers the schema, every feature's fields, node sources and (request-scoped) loaders.</summary>
    public static IServiceCollection AddCasaviGraph(this IServiceCollection services)
    {
        var assembly = typeof(CasaviSchema).Assembly;
        foreach (var type in assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var service in ComponentServices(type))
                services.TryAddEnumerable(ServiceDescriptor.Singleton(service, type));
            if (IsLoader(type))
                services.TryAddScoped(type);
        }

        services.TryAddScoped(typeof(ResourceLoader<>));
        foreach (var (service, implementation) in QueryableTypes.Registrations)
            services.TryAddSingleton(service, implementation);
        services.TryAddTransient(typeof(FilterInputGraphType<>));
        services.TryAddTransient(typeof(SortInputGraphType<>));
        services.TryAddTransient(typeof(ListFilterInputGraphType<>));
        services.TryAddTransient(typeof(EnumOperationFilterInputGraphType<>));
        services.TryAddTransient(typeof(ListEnumOperationFilterInputGraphType<>));
        services.TryAddSingleton<CasaviEndpointMap>();
        services.AddOptions<GatewayOptions>()
            // Before the binding, so explicit settings win: a schema browser is for developers, not the public.
            .Configure<IHostEnvironment>((gateway, environment) => gateway.Introspection = gateway.Ide = environment.IsDevelopment())
            .BindConfiguration(GatewayOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, CursorSigningKeyValidator>());
        services.AddPerAccount((provider, account) => CursorSigningKeyValidator.SignerFor(provider.GetRequiredService<IOptions<GatewayOptions>>().Value, account.Name));
        // The kernel knows only its own part of the section.
        services.AddSingleton<IOptions<BatchingOptions>>(provider => Options.Create(provider.GetRequiredService<IOptions<GatewayOptions>>().Value.Batching));
        services.AddSingleton<IOptions<RestHookOptions>>(provider => Options.Create(provider.GetRequiredService<IOptions<GatewayOptions>>().Value.RestHooks));
        services.TryAddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPerAccount<PageCountHints>();
        services.AddPerAccount<CasaviAssumptions>();
        services.TryAddScoped<ListScanner>();
        services.TryAddScoped<RequestPages>();
        services.TryAddScoped<ExecutionDeadline>();
        services.TryAddScoped<FilteringReport>();
        services.AddCasaviCache();
        services.AddChangeHub();
        services.AddSingleton<IDocumentExecutionListener, RefreshAheadListener>();
        services.AddGraphQL(builder => builder
            .AddSchema<CasaviSchema>()
            .AddExecutionStrategy(
                provider => new ChangeEventStrategy(
                    provider.GetRequiredService<IServiceScopeFactory>(),
                    provider.GetRequiredService<IOptions<GatewayOptions>>().Value.ExecutionTimeout,
                    provider.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxUpstreamRequestsPerOperation),
                OperationType.Subscription)
            .AddGraphTypes(assembly)
            // German data (ß, ä, quotes) is written as is: responses are JSON, never embedded in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // Deeply nested selections fan out into casavi requests level by level; refuse them with a clear error.
            .AddComplexityAnalyzer((complexity, provider) =>
                complexity.MaxDepth = provider.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxQueryDepth)
            .UseMiddleware<ScopeFieldMiddleware>()
            .UseMiddleware<DeadlineFieldMiddleware>()
            .AddValidationRule(provider => new NoIntrospectionRule(refuse: !provider.GetRequiredService<IOptions<GatewayOptions>>().Value.Introspection))
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(context => context.Exception = GraphQLErrors.FromException(context.OriginalException)));
        return services;
    }

    /// <summary>The parts of the graph a class contributes, each registered as a singleton.</summary>
    private static IEnumerable<Type> ComponentServices(Type type) =>
        type.GetInterfaces().Where(service =>
            service == typeof(IQueryFields) || service == typeof(IMutationFields) || service == typeof(ISubscriptionFields) || service == typeof(INodeSource)
            || (service.IsGenericType && (service.GetGenericTypeDefinition() == typeof(ITypeExtension<>) || service.GetGenericTypeDefinition() == typeof(ICasaviResource<>))));

    private static bool IsLoader(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(BatchLoader<,>))
                return true;
        }

        return false;
    }
}
