namespace Omov.Bench; static class P { static void Main() { } }
