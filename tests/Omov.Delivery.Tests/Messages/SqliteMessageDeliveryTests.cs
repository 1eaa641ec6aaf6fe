using Omov.Data.Tests.Providers;

namespace Omov.Delivery.Tests.Messages;

public sealed class SqliteMessageDeliveryTests : MessageDeliveryTests<SqliteProvider>;
