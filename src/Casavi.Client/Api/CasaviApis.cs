namespace Casavi.Client.Api;

/// <summary>The one list of casavi's Refit interfaces, for each way they are registered.</summary>
internal static class CasaviApis
{
    public interface IRegistration
    {
        void Add<TApi>()
            where TApi : class;
    }

    public static void Register(IRegistration registration)
    {
        registration.Add<IPropertiesApi>();
        registration.Add<IUnitsApi>();
        registration.Add<IContactsApi>();
        registration.Add<ISubcommunitiesApi>();
        registration.Add<IStaffApi>();
        registration.Add<ITicketsApi>();
        registration.Add<IPostsApi>();
        registration.Add<IDocumentsApi>();
        registration.Add<IAppointmentsApi>();
        registration.Add<IConsumptionApi>();
        registration.Add<IJobsApi>();
        registration.Add<IRestHooksApi>();
        registration.Add<IVulcavoApi>();
    }
}
