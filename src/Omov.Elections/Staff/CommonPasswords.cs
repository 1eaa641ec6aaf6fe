namespace Omov.Elections.Staff;

/// <summary>
/// A small list of commonly used passwords that pass the length rule, compared without regard to
/// case. Shorter common passwords ("password", "123456") are already refused for their length; a
/// web deployment may add a breached-password check on top.
/// </summary>
internal static class CommonPasswords
{
    private static readonly HashSet<string> s_passwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456789012345", "1234567890qwerty",
        "123123123123", "121212121212", "987654321098", "098765432112", "112233445566",
        "111111111111", "000000000000", "123456654321", "123456123456", "147258369147",
        "qwertyuiop12", "qwertyuiop123", "qwerty123456", "qwerty1234567", "1qaz2wsx3edc",
        "1q2w3e4r5t6y", "q1w2e3r4t5y6", "qazwsxedcrfv", "zaq12wsxcde3", "asdfghjkl123",
        "qwertyuiopasdfghjkl", "1234qwerasdfzxcv", "zxcvbnm12345", "abc123456789", "abcd1234abcd",
        "abcdefghijkl", "abcdefghijklmnop", "abcdef123456", "a1b2c3d4e5f6", "aa123456789a",
        "password1234", "password12345", "password123456", "password123!", "password!234",
        "passwordpassword", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "mypassword123",
        "iloveyou1234", "iloveyou123456", "letmein12345", "welcome12345", "welcome123456",
        "changeme1234", "changeme123456", "trustno1trustno1", "administrator", "administrator1",
        "administrator123", "adminadmin123", "admin1234567", "superman1234", "batman123456",
        "monkey123456", "dragon123456", "sunshine1234", "princess1234", "starwars1234",
        "football1234", "football123456", "baseball1234", "liverpool1234", "chelsea123456",
        "arsenal123456", "manchesterunited", "correcthorsebatterystaple", "thequickbrownfox",
        "labourparty1", "labourparty123", "labour123456", "labourlabour", "keirstarmer1",
        "omov12345678", "omovomovomov", "elections123", "election2026", "returningofficer",
        "scrutineer123", "summer2026!!", "winter2026!!", "spring2026!!", "autumn2026!!",
    };

    public static bool Contains(string password) => s_passwords.Contains(password.Trim());
}
