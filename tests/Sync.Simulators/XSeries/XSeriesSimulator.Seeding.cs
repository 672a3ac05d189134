namespace Sync.Simulators.XSeries;

public sealed partial class XSeriesSimulator
{
    private readonly List<SimOutlet> outlets = [];
    private readonly List<SimRegister> registers = [];
    private readonly List<SimUser> users = [];
    private readonly List<SimPaymentType> paymentTypes = [];
    private readonly Dictionary<string, SimProduct> products = [];
    private readonly Dictionary<(string ProductId, string OutletId), SimInventory> inventory = [];
    private readonly Dictionary<string, SimCustomer> customers = [];

    public string NoTaxId { get; } = Guid.NewGuid().ToString();

    public SimOutlet AddOutlet(string name) => Add(outlets, new SimOutlet(NewId(), name, 0), o => o with { Version = NextVersion() });

    public SimRegister AddRegister(string outletId, string name) => Add(registers, new SimRegister(NewId(), name, outletId, 0), r => r with { Version = NextVersion() });

    public SimUser AddUser(string displayName, params string[] restrictedOutletIds) =>
        Add(users, new SimUser(NewId(), displayName.ToLowerInvariant().Replace(' ', '.'), displayName, "manager", restrictedOutletIds, 0), u => u with { Version = NextVersion() });

    public SimPaymentType AddPaymentType(string name, int typeId) => Add(paymentTypes, new SimPaymentType(NewId(), name, typeId, 0), p => p with { Version = NextVersion() });

    public SimProduct AddProduct(string sku, string name, bool hasInventory = true, string? variantParentId = null)
    {
        lock (gate)
        {
            var product = new SimProduct(NewId(), sku, name, true, hasInventory, variantParentId, NextVersion());
            products[product.Id] = product;
            return product;
        }
    }

    /// <summary>A profile created now, or at <paramref name="createdAt"/> (profiles made over the years).</summary>
    public SimCustomer AddCustomer(string firstName, string lastName, string? email, DateTimeOffset? createdAt = null)
    {
        lock (gate)
        {
            var customer = new SimCustomer(NewId(), firstName, lastName, email, createdAt ?? options.Time.GetUtcNow(), null, NextVersion());
            customers[customer.Id] = customer;
            return customer;
        }
    }

    /// <summary>Deletes a profile as staff would in POS: it stays, with <c>deleted_at</c> set.</summary>
    public SimCustomer DeleteCustomer(string customerId)
    {
        lock (gate)
        {
            var deleted = customers[customerId] with { DeletedAt = options.Time.GetUtcNow(), Version = NextVersion() };
            customers[customerId] = deleted;
            return deleted;
        }
    }

    /// <summary>Sets a stock level, as an inventory count would; emits <c>inventory.update</c> when it changes.</summary>
    public void SetStock(string productId, string outletId, decimal level)
    {
        lock (gate)
        {
            var current = inventory.GetValueOrDefault((productId, outletId))?.Level ?? 0;
            AdjustStockLocked(productId, outletId, level - current, force: true);
        }
    }

    /// <summary>3 outlets, one online register each, a user, payment types, 4 products with variants (own SKUs), stock, 2 customers.</summary>
    public XSeriesDemoStore SeedDemoStore()
    {
        var shops = new[] { AddOutlet("Main Street"), AddOutlet("Harbour"), AddOutlet("Warehouse") };
        var online = shops.Select(o => AddRegister(o.Id, $"Online {o.Name}")).ToList();
        var user = AddUser("Online Sync");
        var payments = new[] { AddPaymentType("Cash", 1), AddPaymentType("eCom", 7), AddPaymentType("Credit Card", 3) };
        var catalogue = new List<SimProduct>();
        foreach (var (family, name) in new[] { ("TEE", "T-Shirt"), ("MUG", "Mug") })
        {
            var parent = AddProduct($"{family}", name);
            foreach (var variant in new[] { "S", "M", "L" })
            {
                catalogue.Add(AddProduct($"{family}-{variant}", $"{name} / {variant}", variantParentId: parent.Id));
            }
        }
        catalogue.Add(AddProduct("CARD-GIFT", "Gift card", hasInventory: false));
        var level = 0;
        foreach (var product in catalogue.Where(p => p.HasInventory))
        {
            foreach (var outlet in shops)
            {
                SetStock(product.Id, outlet.Id, 2 + level++ % 7);
            }
        }
        var people = new[] { AddCustomer("Ada", "Lovelace", "ada@example.com"), AddCustomer("Alan", "Turing", "alan@example.com") };
        return new XSeriesDemoStore(shops, online, user, payments, catalogue, people, NoTaxId);
    }

    public decimal StockOf(string productId, string outletId)
    {
        lock (gate)
        {
            return inventory.GetValueOrDefault((productId, outletId))?.Level ?? 0;
        }
    }

    public IReadOnlyList<SimCustomer> Customers
    {
        get { lock (gate) { return customers.Values.ToList(); } }
    }

    private T Add<T>(List<T> list, T item, Func<T, T> versioned)
    {
        lock (gate)
        {
            var stamped = versioned(item);
            list.Add(stamped);
            return stamped;
        }
    }

    /// <summary>Changes one inventory row; a change fires one <c>inventory.update</c> for that row.</summary>
    private void AdjustStockLocked(string productId, string outletId, decimal delta, bool force = false)
    {
        if (delta == 0 && !force)
        {
            return;
        }
        var key = (productId, outletId);
        var row = inventory.GetValueOrDefault(key) ?? new SimInventory(NewId(), productId, outletId, 0, 0);
        row = row with { Level = row.Level + delta, Version = NextVersion() };
        inventory[key] = row;
        if (delta != 0)
        {
            EmitInventoryUpdate(row, products[productId]);
        }
    }
}
