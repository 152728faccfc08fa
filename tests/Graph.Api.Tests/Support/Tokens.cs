using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Api.Tests.Support;

/// <summary>Bearer tokens as the office's identity service would issue them (HS256).</summary>
public static class Tokens
{
    public static string Create(string subject, string role, string signingKey = ApiServer.JwtSigningKey, string audience = ApiServer.JwtAudience)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ApiServer.JwtIssuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
