using Sync.Simulators.XSeries;

namespace Sync.Simulators.Ecwid;

public sealed partial class EcwidSimulator
{
    /// <summary>
    /// Mirrors an X-Series demo store: each variant family becomes a product with one combination per variant
    /// (same SKUs), a stand-alone product stays a product; stock starts at the POS sum over all outlets.
    /// </summary>
    public void SeedDemoStore(XSeriesDemoStore pos, Func<string, decimal> posStockOfProduct)
    {
        var families = pos.Products.Where(p => p.VariantParentId is not null).GroupBy(p => p.VariantParentId!);
        foreach (var family in families)
        {
            var product = AddProduct(family.First().Sku.Split('-')[0], family.First().Name.Split(" / ")[0], 0);
            foreach (var variant in family)
            {
                AddCombination(product.Id, variant.Sku, (int)posStockOfProduct(variant.Id));
            }
        }
        foreach (var single in pos.Products.Where(p => p.VariantParentId is null))
        {
            AddProduct(single.Sku, single.Name, single.HasInventory ? (int)posStockOfProduct(single.Id) : null);
        }
        foreach (var customer in pos.Customers)
        {
            AddCustomer(customer.Email!, $"{customer.FirstName} {customer.LastName}");
        }
    }
}
