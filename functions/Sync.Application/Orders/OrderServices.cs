using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Customers;
using Sync.Application.Notifications;
using Sync.Application.Processing;

namespace Sync.Application.Orders;

public static class OrderServices
{
    /// <summary>Order sync, customers and staff notifications (ORD, CUS, NOT); their ports are registered by the infrastructure.</summary>
    public static IServiceCollection AddOrderSync(this IServiceCollection services)
    {
        services.AddSingleton<PosDirectory>();
        services.AddSingleton<PaymentTypeMapping>();
        services.AddSingleton<CustomerResolver>();
        services.AddSingleton<SalePlanner>();
        services.AddSingleton<SaleRecorder>();
        services.AddSingleton<OrderNotifier>();
        services.AddSingleton<UserNotifications>();
        services.AddSingleton<StaffBell>();
        services.AddSingleton<OrderSync>();
        services.AddSingleton<OrdersReconciliation>();
        services.AddSingleton<IEventHandler, OrderEventHandler>();
        return services;
    }
}
