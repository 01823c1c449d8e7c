#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace tieout {

// The five token types the Admin API reports, in one fixed order used by every table.
enum class TokenType : quint8 {
    UncachedInput = 0,
    Output = 1,
    CacheRead = 2,
    CacheWrite5m = 3,
    CacheWrite1h = 4,
};

inline constexpr int TokenTypeCount = 5;
inline constexpr std::array<TokenType, TokenTypeCount> AllTokenTypes = {
    TokenType::UncachedInput, TokenType::Output, TokenType::CacheRead, TokenType::CacheWrite5m,
    TokenType::CacheWrite1h};

// The cost report's spelling: "uncached_input_tokens", "cache_creation.ephemeral_5m_input_tokens", …
QString tokenTypeApiName(TokenType type);
std::optional<TokenType> tokenTypeFromApiName(QStringView name);

} // namespace tieout
