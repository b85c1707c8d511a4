define ptx_kernel void @$K(float* %q, float* %k, float* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%1 = mul i32 %0, 128
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = add i32 %1, %2
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%5 = icmp slt i32 %3, %M
	br i1 %5, label %body, label %exit

body:
	%6 = sdiv i32 %4, %group
	%7 = mul i32 %4, %M
	%8 = add i32 %7, %3
	%9 = mul i32 %8, 64
	%10 = getelementptr float, float* %q, i32 %9
	%11 = mul i32 %4, %M
	%12 = add i32 %11, %3
	%13 = mul i32 %12, 64
	%14 = getelementptr float, float* %out, i32 %13
	%15 = mul i32 %6, %N
	%16 = mul i32 %15, 64
	%17 = getelementptr float, float* %k, i32 %16
	%18 = mul i32 %6, %N
	%19 = mul i32 %18, 64
	%20 = getelementptr float, float* %v, i32 %19
	%21 = getelementptr float, float* %10, i32 0
	%22 = load float, float* %21
	%23 = getelementptr float, float* %10, i32 1
	%24 = load float, float* %23
	%25 = getelementptr float, float* %10, i32 2
	%26 = load float, float* %25
	%27 = getelementptr float, float* %10, i32 3
	%28 = load float, float* %27
	%29 = getelementptr float, float* %10, i32 4
	%30 = load float, float* %29
	%31 = getelementptr float, float* %10, i32 5
	%32 = load float, float* %31
	%33 = getelementptr float, float* %10, i32 6
	%34 = load float, float* %33
	%35 = getelementptr float, float* %10, i32 7
	%36 = load float, float* %35
	%37 = getelementptr float, float* %10, i32 8
	%38 = load float, float* %37
	%39 = getelementptr float, float* %10, i32 9
	%40 = load float, float* %39
	%41 = getelementptr float, float* %10, i32 10
	%42 = load float, float* %41
	%43 = getelementptr float, float* %10, i32 11
	%44 = load float, float* %43
	%45 = getelementptr float, float* %10, i32 12
	%46 = load float, float* %45
	%47 = getelementptr float, float* %10, i32 13
	%48 = load float, float* %47
	%49 = getelementptr float, float* %10, i32 14
	%50 = load float, float* %49
	%51 = getelementptr float, float* %10, i32 15
	%52 = load float, float* %51
	%53 = getelementptr float, float* %10, i32 16
	%54 = load float, float* %53
	%55 = getelementptr float, float* %10, i32 17
	%56 = load float, float* %55
	%57 = getelementptr float, float* %10, i32 18
	%58 = load float, float* %57
	%59 = getelementptr float, float* %10, i32 19
	%60 = load float, float* %59
	%61 = getelementptr float, float* %10, i32 20
	%62 = load float, float* %61
	%63 = getelementptr float, float* %10, i32 21
	%64 = load float, float* %63
	%65 = getelementptr float, float* %10, i32 22
	%66 = load float, float* %65
	%67 = getelementptr float, float* %10, i32 23
	%68 = load float, float* %67
	%69 = getelementptr float, float* %10, i32 24
	%70 = load float, float* %69
	%71 = getelementptr float, float* %10, i32 25
	%72 = load float, float* %71
	%73 = getelementptr float, float* %10, i32 26
	%74 = load float, float* %73
	%75 = getelementptr float, float* %10, i32 27
	%76 = load float, float* %75
	%77 = getelementptr float, float* %10, i32 28
	%78 = load float, float* %77
	%79 = getelementptr float, float* %10, i32 29
	%80 = load float, float* %79
	%81 = getelementptr float, float* %10, i32 30
	%82 = load float, float* %81
	%83 = getelementptr float, float* %10, i32 31
	%84 = load float, float* %83
	%85 = getelementptr float, float* %10, i32 32
	%86 = load float, float* %85
	%87 = getelementptr float, float* %10, i32 33
	%88 = load float, float* %87
	%89 = getelementptr float, float* %10, i32 34
	%90 = load float, float* %89
	%91 = getelementptr float, float* %10, i32 35
	%92 = load float, float* %91
	%93 = getelementptr float, float* %10, i32 36
	%94 = load float, float* %93
	%95 = getelementptr float, float* %10, i32 37
	%96 = load float, float* %95
	%97 = getelementptr float, float* %10, i32 38
	%98 = load float, float* %97
	%99 = getelementptr float, float* %10, i32 39
	%100 = load float, float* %99
	%101 = getelementptr float, float* %10, i32 40
	%102 = load float, float* %101
	%103 = getelementptr float, float* %10, i32 41
	%104 = load float, float* %103
	%105 = getelementptr float, float* %10, i32 42
	%106 = load float, float* %105
	%107 = getelementptr float, float* %10, i32 43
	%108 = load float, float* %107
	%109 = getelementptr float, float* %10, i32 44
	%110 = load float, float* %109
	%111 = getelementptr float, float* %10, i32 45
	%112 = load float, float* %111
	%113 = getelementptr float, float* %10, i32 46
	%114 = load float, float* %113
	%115 = getelementptr float, float* %10, i32 47
	%116 = load float, float* %115
	%117 = getelementptr float, float* %10, i32 48
	%118 = load float, float* %117
	%119 = getelementptr float, float* %10, i32 49
	%120 = load float, float* %119
	%121 = getelementptr float, float* %10, i32 50
	%122 = load float, float* %121
	%123 = getelementptr float, float* %10, i32 51
	%124 = load float, float* %123
	%125 = getelementptr float, float* %10, i32 52
	%126 = load float, float* %125
	%127 = getelementptr float, float* %10, i32 53
	%128 = load float, float* %127
	%129 = getelementptr float, float* %10, i32 54
	%130 = load float, float* %129
	%131 = getelementptr float, float* %10, i32 55
	%132 = load float, float* %131
	%133 = getelementptr float, float* %10, i32 56
	%134 = load float, float* %133
	%135 = getelementptr float, float* %10, i32 57
	%136 = load float, float* %135
	%137 = getelementptr float, float* %10, i32 58
	%138 = load float, float* %137
	%139 = getelementptr float, float* %10, i32 59
	%140 = load float, float* %139
	%141 = getelementptr float, float* %10, i32 60
	%142 = load float, float* %141
	%143 = getelementptr float, float* %10, i32 61
	%144 = load float, float* %143
	%145 = getelementptr float, float* %10, i32 62
	%146 = load float, float* %145
	%147 = getelementptr float, float* %10, i32 63
	%148 = load float, float* %147
	%149 = alloca [64 x float]
	%150 = alloca float
	%151 = alloca float
	%152 = alloca i32
	%153 = alloca i32
	%154 = alloca i32
	%155 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	store float 0.0, float* %155
	%156 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	store float 0.0, float* %156
	%157 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	store float 0.0, float* %157
	%158 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	store float 0.0, float* %158
	%159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	store float 0.0, float* %159
	%160 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	store float 0.0, float* %160
	%161 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	store float 0.0, float* %161
	%162 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	store float 0.0, float* %162
	%163 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	store float 0.0, float* %163
	%164 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	store float 0.0, float* %164
	%165 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	store float 0.0, float* %165
	%166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	store float 0.0, float* %166
	%167 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	store float 0.0, float* %167
	%168 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	store float 0.0, float* %168
	%169 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	store float 0.0, float* %169
	%170 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	store float 0.0, float* %170
	%171 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	store float 0.0, float* %171
	%172 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	store float 0.0, float* %172
	%173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	store float 0.0, float* %173
	%174 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	store float 0.0, float* %174
	%175 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	store float 0.0, float* %175
	%176 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	store float 0.0, float* %176
	%177 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	store float 0.0, float* %177
	%178 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	store float 0.0, float* %178
	%179 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	store float 0.0, float* %179
	%180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	store float 0.0, float* %180
	%181 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	store float 0.0, float* %181
	%182 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	store float 0.0, float* %182
	%183 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	store float 0.0, float* %183
	%184 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	store float 0.0, float* %184
	%185 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	store float 0.0, float* %185
	%186 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	store float 0.0, float* %186
	%187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	store float 0.0, float* %187
	%188 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	store float 0.0, float* %188
	%189 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	store float 0.0, float* %189
	%190 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	store float 0.0, float* %190
	%191 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	store float 0.0, float* %191
	%192 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	store float 0.0, float* %192
	%193 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	store float 0.0, float* %193
	%194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	store float 0.0, float* %194
	%195 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	store float 0.0, float* %195
	%196 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	store float 0.0, float* %196
	%197 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	store float 0.0, float* %197
	%198 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	store float 0.0, float* %198
	%199 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	store float 0.0, float* %199
	%200 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	store float 0.0, float* %200
	%201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	store float 0.0, float* %201
	%202 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	store float 0.0, float* %202
	%203 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	store float 0.0, float* %203
	%204 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	store float 0.0, float* %204
	%205 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	store float 0.0, float* %205
	%206 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	store float 0.0, float* %206
	%207 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	store float 0.0, float* %207
	%208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	store float 0.0, float* %208
	%209 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	store float 0.0, float* %209
	%210 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	store float 0.0, float* %210
	%211 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	store float 0.0, float* %211
	%212 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	store float 0.0, float* %212
	%213 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	store float 0.0, float* %213
	%214 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	store float 0.0, float* %214
	%215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	store float 0.0, float* %215
	%216 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	store float 0.0, float* %216
	%217 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	store float 0.0, float* %217
	%218 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	store float 0.0, float* %218
	store float 0xFFF0000000000000, float* %150
	store float 0.0, float* %151
	%219 = sitofp i32 %3 to float
	%220 = sitofp i32 %4 to float
	%221 = sdiv i32 %3, 64
	%222 = mul i32 %4, %NQ
	%223 = add i32 %222, %221
	%224 = mul i32 %223, 2
	%225 = mul i32 %224, %NK
	store i32 0, i32* %154
	br label %list_head

exit:
	ret void

loop:
	%226 = load i32, i32* %152
	%227 = load i32, i32* %153
	%228 = icmp slt i32 %226, %227
	br i1 %228, label %work, label %list_next

work:
	%229 = mul i32 %221, 64
	%230 = sdiv i32 %229, %segment
	%231 = mul i32 %4, %NS
	%232 = add i32 %231, %230
	%233 = mul i32 %232, %N
	%234 = add i32 %233, %226
	%235 = getelementptr i32, i32* %perm, i32 %234
	%236 = load i32, i32* %235
	%237 = sitofp i32 %236 to float
	%238 = fcmp ole float %237, %219
	%239 = uitofp i1 %238 to float
	%240 = fcmp une float %239, 0.0
	br i1 %240, label %compute, label %next

next:
	%241 = load i32, i32* %152
	%242 = add i32 %241, 1
	store i32 %242, i32* %152
	br label %loop

done:
	%243 = load float, float* %151
	%244 = fcmp ogt float %243, 0.0
	%245 = fdiv float 1.0, %243
	%246 = select i1 %244, float %245, float 0.0
	%247 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%248 = load float, float* %247
	%249 = fmul float %248, %246
	%250 = getelementptr float, float* %14, i32 0
	store float %249, float* %250
	%251 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%252 = load float, float* %251
	%253 = fmul float %252, %246
	%254 = getelementptr float, float* %14, i32 1
	store float %253, float* %254
	%255 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%256 = load float, float* %255
	%257 = fmul float %256, %246
	%258 = getelementptr float, float* %14, i32 2
	store float %257, float* %258
	%259 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%260 = load float, float* %259
	%261 = fmul float %260, %246
	%262 = getelementptr float, float* %14, i32 3
	store float %261, float* %262
	%263 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%264 = load float, float* %263
	%265 = fmul float %264, %246
	%266 = getelementptr float, float* %14, i32 4
	store float %265, float* %266
	%267 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%268 = load float, float* %267
	%269 = fmul float %268, %246
	%270 = getelementptr float, float* %14, i32 5
	store float %269, float* %270
	%271 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%272 = load float, float* %271
	%273 = fmul float %272, %246
	%274 = getelementptr float, float* %14, i32 6
	store float %273, float* %274
	%275 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%276 = load float, float* %275
	%277 = fmul float %276, %246
	%278 = getelementptr float, float* %14, i32 7
	store float %277, float* %278
	%279 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%280 = load float, float* %279
	%281 = fmul float %280, %246
	%282 = getelementptr float, float* %14, i32 8
	store float %281, float* %282
	%283 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%284 = load float, float* %283
	%285 = fmul float %284, %246
	%286 = getelementptr float, float* %14, i32 9
	store float %285, float* %286
	%287 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%288 = load float, float* %287
	%289 = fmul float %288, %246
	%290 = getelementptr float, float* %14, i32 10
	store float %289, float* %290
	%291 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%292 = load float, float* %291
	%293 = fmul float %292, %246
	%294 = getelementptr float, float* %14, i32 11
	store float %293, float* %294
	%295 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%296 = load float, float* %295
	%297 = fmul float %296, %246
	%298 = getelementptr float, float* %14, i32 12
	store float %297, float* %298
	%299 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%300 = load float, float* %299
	%301 = fmul float %300, %246
	%302 = getelementptr float, float* %14, i32 13
	store float %301, float* %302
	%303 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%304 = load float, float* %303
	%305 = fmul float %304, %246
	%306 = getelementptr float, float* %14, i32 14
	store float %305, float* %306
	%307 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%308 = load float, float* %307
	%309 = fmul float %308, %246
	%310 = getelementptr float, float* %14, i32 15
	store float %309, float* %310
	%311 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%312 = load float, float* %311
	%313 = fmul float %312, %246
	%314 = getelementptr float, float* %14, i32 16
	store float %313, float* %314
	%315 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%316 = load float, float* %315
	%317 = fmul float %316, %246
	%318 = getelementptr float, float* %14, i32 17
	store float %317, float* %318
	%319 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%320 = load float, float* %319
	%321 = fmul float %320, %246
	%322 = getelementptr float, float* %14, i32 18
	store float %321, float* %322
	%323 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%324 = load float, float* %323
	%325 = fmul float %324, %246
	%326 = getelementptr float, float* %14, i32 19
	store float %325, float* %326
	%327 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%328 = load float, float* %327
	%329 = fmul float %328, %246
	%330 = getelementptr float, float* %14, i32 20
	store float %329, float* %330
	%331 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%332 = load float, float* %331
	%333 = fmul float %332, %246
	%334 = getelementptr float, float* %14, i32 21
	store float %333, float* %334
	%335 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%336 = load float, float* %335
	%337 = fmul float %336, %246
	%338 = getelementptr float, float* %14, i32 22
	store float %337, float* %338
	%339 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%340 = load float, float* %339
	%341 = fmul float %340, %246
	%342 = getelementptr float, float* %14, i32 23
	store float %341, float* %342
	%343 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%344 = load float, float* %343
	%345 = fmul float %344, %246
	%346 = getelementptr float, float* %14, i32 24
	store float %345, float* %346
	%347 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%348 = load float, float* %347
	%349 = fmul float %348, %246
	%350 = getelementptr float, float* %14, i32 25
	store float %349, float* %350
	%351 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%352 = load float, float* %351
	%353 = fmul float %352, %246
	%354 = getelementptr float, float* %14, i32 26
	store float %353, float* %354
	%355 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%356 = load float, float* %355
	%357 = fmul float %356, %246
	%358 = getelementptr float, float* %14, i32 27
	store float %357, float* %358
	%359 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%360 = load float, float* %359
	%361 = fmul float %360, %246
	%362 = getelementptr float, float* %14, i32 28
	store float %361, float* %362
	%363 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%364 = load float, float* %363
	%365 = fmul float %364, %246
	%366 = getelementptr float, float* %14, i32 29
	store float %365, float* %366
	%367 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%368 = load float, float* %367
	%369 = fmul float %368, %246
	%370 = getelementptr float, float* %14, i32 30
	store float %369, float* %370
	%371 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%372 = load float, float* %371
	%373 = fmul float %372, %246
	%374 = getelementptr float, float* %14, i32 31
	store float %373, float* %374
	%375 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%376 = load float, float* %375
	%377 = fmul float %376, %246
	%378 = getelementptr float, float* %14, i32 32
	store float %377, float* %378
	%379 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%380 = load float, float* %379
	%381 = fmul float %380, %246
	%382 = getelementptr float, float* %14, i32 33
	store float %381, float* %382
	%383 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%384 = load float, float* %383
	%385 = fmul float %384, %246
	%386 = getelementptr float, float* %14, i32 34
	store float %385, float* %386
	%387 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%388 = load float, float* %387
	%389 = fmul float %388, %246
	%390 = getelementptr float, float* %14, i32 35
	store float %389, float* %390
	%391 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%392 = load float, float* %391
	%393 = fmul float %392, %246
	%394 = getelementptr float, float* %14, i32 36
	store float %393, float* %394
	%395 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%396 = load float, float* %395
	%397 = fmul float %396, %246
	%398 = getelementptr float, float* %14, i32 37
	store float %397, float* %398
	%399 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%400 = load float, float* %399
	%401 = fmul float %400, %246
	%402 = getelementptr float, float* %14, i32 38
	store float %401, float* %402
	%403 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%404 = load float, float* %403
	%405 = fmul float %404, %246
	%406 = getelementptr float, float* %14, i32 39
	store float %405, float* %406
	%407 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%408 = load float, float* %407
	%409 = fmul float %408, %246
	%410 = getelementptr float, float* %14, i32 40
	store float %409, float* %410
	%411 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%412 = load float, float* %411
	%413 = fmul float %412, %246
	%414 = getelementptr float, float* %14, i32 41
	store float %413, float* %414
	%415 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%416 = load float, float* %415
	%417 = fmul float %416, %246
	%418 = getelementptr float, float* %14, i32 42
	store float %417, float* %418
	%419 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%420 = load float, float* %419
	%421 = fmul float %420, %246
	%422 = getelementptr float, float* %14, i32 43
	store float %421, float* %422
	%423 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%424 = load float, float* %423
	%425 = fmul float %424, %246
	%426 = getelementptr float, float* %14, i32 44
	store float %425, float* %426
	%427 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%428 = load float, float* %427
	%429 = fmul float %428, %246
	%430 = getelementptr float, float* %14, i32 45
	store float %429, float* %430
	%431 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%432 = load float, float* %431
	%433 = fmul float %432, %246
	%434 = getelementptr float, float* %14, i32 46
	store float %433, float* %434
	%435 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%436 = load float, float* %435
	%437 = fmul float %436, %246
	%438 = getelementptr float, float* %14, i32 47
	store float %437, float* %438
	%439 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%440 = load float, float* %439
	%441 = fmul float %440, %246
	%442 = getelementptr float, float* %14, i32 48
	store float %441, float* %442
	%443 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%444 = load float, float* %443
	%445 = fmul float %444, %246
	%446 = getelementptr float, float* %14, i32 49
	store float %445, float* %446
	%447 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%448 = load float, float* %447
	%449 = fmul float %448, %246
	%450 = getelementptr float, float* %14, i32 50
	store float %449, float* %450
	%451 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%452 = load float, float* %451
	%453 = fmul float %452, %246
	%454 = getelementptr float, float* %14, i32 51
	store float %453, float* %454
	%455 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%456 = load float, float* %455
	%457 = fmul float %456, %246
	%458 = getelementptr float, float* %14, i32 52
	store float %457, float* %458
	%459 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%460 = load float, float* %459
	%461 = fmul float %460, %246
	%462 = getelementptr float, float* %14, i32 53
	store float %461, float* %462
	%463 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%464 = load float, float* %463
	%465 = fmul float %464, %246
	%466 = getelementptr float, float* %14, i32 54
	store float %465, float* %466
	%467 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%468 = load float, float* %467
	%469 = fmul float %468, %246
	%470 = getelementptr float, float* %14, i32 55
	store float %469, float* %470
	%471 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%472 = load float, float* %471
	%473 = fmul float %472, %246
	%474 = getelementptr float, float* %14, i32 56
	store float %473, float* %474
	%475 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%476 = load float, float* %475
	%477 = fmul float %476, %246
	%478 = getelementptr float, float* %14, i32 57
	store float %477, float* %478
	%479 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%480 = load float, float* %479
	%481 = fmul float %480, %246
	%482 = getelementptr float, float* %14, i32 58
	store float %481, float* %482
	%483 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%484 = load float, float* %483
	%485 = fmul float %484, %246
	%486 = getelementptr float, float* %14, i32 59
	store float %485, float* %486
	%487 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%488 = load float, float* %487
	%489 = fmul float %488, %246
	%490 = getelementptr float, float* %14, i32 60
	store float %489, float* %490
	%491 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%492 = load float, float* %491
	%493 = fmul float %492, %246
	%494 = getelementptr float, float* %14, i32 61
	store float %493, float* %494
	%495 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%496 = load float, float* %495
	%497 = fmul float %496, %246
	%498 = getelementptr float, float* %14, i32 62
	store float %497, float* %498
	%499 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%500 = load float, float* %499
	%501 = fmul float %500, %246
	%502 = getelementptr float, float* %14, i32 63
	store float %501, float* %502
	ret void

list_head:
	%503 = load i32, i32* %154
	%504 = icmp slt i32 %503, %NK
	br i1 %504, label %list_entry, label %done

list_entry:
	%505 = add i32 %225, %503
	%506 = getelementptr i32, i32* %list, i32 %505
	%507 = load i32, i32* %506
	%508 = icmp sge i32 %507, 0
	br i1 %508, label %list_tile, label %done

list_tile:
	%509 = mul i32 %507, 64
	%510 = add i32 %509, 64
	%511 = icmp slt i32 %510, %N
	%512 = select i1 %511, i32 %510, i32 %N
	store i32 %509, i32* %152
	store i32 %512, i32* %153
	br label %loop

list_next:
	%513 = load i32, i32* %154
	%514 = add i32 %513, 1
	store i32 %514, i32* %154
	br label %list_head

compute:
	%515 = mul i32 %236, 64
	%516 = getelementptr float, float* %17, i32 %515
	%517 = getelementptr float, float* %516, i32 0
	%518 = load float, float* %517
	%519 = fmul float %22, %518
	%520 = fadd float 0.0, %519
	%521 = getelementptr float, float* %516, i32 1
	%522 = load float, float* %521
	%523 = fmul float %24, %522
	%524 = fadd float %520, %523
	%525 = getelementptr float, float* %516, i32 2
	%526 = load float, float* %525
	%527 = fmul float %26, %526
	%528 = fadd float %524, %527
	%529 = getelementptr float, float* %516, i32 3
	%530 = load float, float* %529
	%531 = fmul float %28, %530
	%532 = fadd float %528, %531
	%533 = getelementptr float, float* %516, i32 4
	%534 = load float, float* %533
	%535 = fmul float %30, %534
	%536 = fadd float %532, %535
	%537 = getelementptr float, float* %516, i32 5
	%538 = load float, float* %537
	%539 = fmul float %32, %538
	%540 = fadd float %536, %539
	%541 = getelementptr float, float* %516, i32 6
	%542 = load float, float* %541
	%543 = fmul float %34, %542
	%544 = fadd float %540, %543
	%545 = getelementptr float, float* %516, i32 7
	%546 = load float, float* %545
	%547 = fmul float %36, %546
	%548 = fadd float %544, %547
	%549 = getelementptr float, float* %516, i32 8
	%550 = load float, float* %549
	%551 = fmul float %38, %550
	%552 = fadd float %548, %551
	%553 = getelementptr float, float* %516, i32 9
	%554 = load float, float* %553
	%555 = fmul float %40, %554
	%556 = fadd float %552, %555
	%557 = getelementptr float, float* %516, i32 10
	%558 = load float, float* %557
	%559 = fmul float %42, %558
	%560 = fadd float %556, %559
	%561 = getelementptr float, float* %516, i32 11
	%562 = load float, float* %561
	%563 = fmul float %44, %562
	%564 = fadd float %560, %563
	%565 = getelementptr float, float* %516, i32 12
	%566 = load float, float* %565
	%567 = fmul float %46, %566
	%568 = fadd float %564, %567
	%569 = getelementptr float, float* %516, i32 13
	%570 = load float, float* %569
	%571 = fmul float %48, %570
	%572 = fadd float %568, %571
	%573 = getelementptr float, float* %516, i32 14
	%574 = load float, float* %573
	%575 = fmul float %50, %574
	%576 = fadd float %572, %575
	%577 = getelementptr float, float* %516, i32 15
	%578 = load float, float* %577
	%579 = fmul float %52, %578
	%580 = fadd float %576, %579
	%581 = getelementptr float, float* %516, i32 16
	%582 = load float, float* %581
	%583 = fmul float %54, %582
	%584 = fadd float %580, %583
	%585 = getelementptr float, float* %516, i32 17
	%586 = load float, float* %585
	%587 = fmul float %56, %586
	%588 = fadd float %584, %587
	%589 = getelementptr float, float* %516, i32 18
	%590 = load float, float* %589
	%591 = fmul float %58, %590
	%592 = fadd float %588, %591
	%593 = getelementptr float, float* %516, i32 19
	%594 = load float, float* %593
	%595 = fmul float %60, %594
	%596 = fadd float %592, %595
	%597 = getelementptr float, float* %516, i32 20
	%598 = load float, float* %597
	%599 = fmul float %62, %598
	%600 = fadd float %596, %599
	%601 = getelementptr float, float* %516, i32 21
	%602 = load float, float* %601
	%603 = fmul float %64, %602
	%604 = fadd float %600, %603
	%605 = getelementptr float, float* %516, i32 22
	%606 = load float, float* %605
	%607 = fmul float %66, %606
	%608 = fadd float %604, %607
	%609 = getelementptr float, float* %516, i32 23
	%610 = load float, float* %609
	%611 = fmul float %68, %610
	%612 = fadd float %608, %611
	%613 = getelementptr float, float* %516, i32 24
	%614 = load float, float* %613
	%615 = fmul float %70, %614
	%616 = fadd float %612, %615
	%617 = getelementptr float, float* %516, i32 25
	%618 = load float, float* %617
	%619 = fmul float %72, %618
	%620 = fadd float %616, %619
	%621 = getelementptr float, float* %516, i32 26
	%622 = load float, float* %621
	%623 = fmul float %74, %622
	%624 = fadd float %620, %623
	%625 = getelementptr float, float* %516, i32 27
	%626 = load float, float* %625
	%627 = fmul float %76, %626
	%628 = fadd float %624, %627
	%629 = getelementptr float, float* %516, i32 28
	%630 = load float, float* %629
	%631 = fmul float %78, %630
	%632 = fadd float %628, %631
	%633 = getelementptr float, float* %516, i32 29
	%634 = load float, float* %633
	%635 = fmul float %80, %634
	%636 = fadd float %632, %635
	%637 = getelementptr float, float* %516, i32 30
	%638 = load float, float* %637
	%639 = fmul float %82, %638
	%640 = fadd float %636, %639
	%641 = getelementptr float, float* %516, i32 31
	%642 = load float, float* %641
	%643 = fmul float %84, %642
	%644 = fadd float %640, %643
	%645 = getelementptr float, float* %516, i32 32
	%646 = load float, float* %645
	%647 = fmul float %86, %646
	%648 = fadd float %644, %647
	%649 = getelementptr float, float* %516, i32 33
	%650 = load float, float* %649
	%651 = fmul float %88, %650
	%652 = fadd float %648, %651
	%653 = getelementptr float, float* %516, i32 34
	%654 = load float, float* %653
	%655 = fmul float %90, %654
	%656 = fadd float %652, %655
	%657 = getelementptr float, float* %516, i32 35
	%658 = load float, float* %657
	%659 = fmul float %92, %658
	%660 = fadd float %656, %659
	%661 = getelementptr float, float* %516, i32 36
	%662 = load float, float* %661
	%663 = fmul float %94, %662
	%664 = fadd float %660, %663
	%665 = getelementptr float, float* %516, i32 37
	%666 = load float, float* %665
	%667 = fmul float %96, %666
	%668 = fadd float %664, %667
	%669 = getelementptr float, float* %516, i32 38
	%670 = load float, float* %669
	%671 = fmul float %98, %670
	%672 = fadd float %668, %671
	%673 = getelementptr float, float* %516, i32 39
	%674 = load float, float* %673
	%675 = fmul float %100, %674
	%676 = fadd float %672, %675
	%677 = getelementptr float, float* %516, i32 40
	%678 = load float, float* %677
	%679 = fmul float %102, %678
	%680 = fadd float %676, %679
	%681 = getelementptr float, float* %516, i32 41
	%682 = load float, float* %681
	%683 = fmul float %104, %682
	%684 = fadd float %680, %683
	%685 = getelementptr float, float* %516, i32 42
	%686 = load float, float* %685
	%687 = fmul float %106, %686
	%688 = fadd float %684, %687
	%689 = getelementptr float, float* %516, i32 43
	%690 = load float, float* %689
	%691 = fmul float %108, %690
	%692 = fadd float %688, %691
	%693 = getelementptr float, float* %516, i32 44
	%694 = load float, float* %693
	%695 = fmul float %110, %694
	%696 = fadd float %692, %695
	%697 = getelementptr float, float* %516, i32 45
	%698 = load float, float* %697
	%699 = fmul float %112, %698
	%700 = fadd float %696, %699
	%701 = getelementptr float, float* %516, i32 46
	%702 = load float, float* %701
	%703 = fmul float %114, %702
	%704 = fadd float %700, %703
	%705 = getelementptr float, float* %516, i32 47
	%706 = load float, float* %705
	%707 = fmul float %116, %706
	%708 = fadd float %704, %707
	%709 = getelementptr float, float* %516, i32 48
	%710 = load float, float* %709
	%711 = fmul float %118, %710
	%712 = fadd float %708, %711
	%713 = getelementptr float, float* %516, i32 49
	%714 = load float, float* %713
	%715 = fmul float %120, %714
	%716 = fadd float %712, %715
	%717 = getelementptr float, float* %516, i32 50
	%718 = load float, float* %717
	%719 = fmul float %122, %718
	%720 = fadd float %716, %719
	%721 = getelementptr float, float* %516, i32 51
	%722 = load float, float* %721
	%723 = fmul float %124, %722
	%724 = fadd float %720, %723
	%725 = getelementptr float, float* %516, i32 52
	%726 = load float, float* %725
	%727 = fmul float %126, %726
	%728 = fadd float %724, %727
	%729 = getelementptr float, float* %516, i32 53
	%730 = load float, float* %729
	%731 = fmul float %128, %730
	%732 = fadd float %728, %731
	%733 = getelementptr float, float* %516, i32 54
	%734 = load float, float* %733
	%735 = fmul float %130, %734
	%736 = fadd float %732, %735
	%737 = getelementptr float, float* %516, i32 55
	%738 = load float, float* %737
	%739 = fmul float %132, %738
	%740 = fadd float %736, %739
	%741 = getelementptr float, float* %516, i32 56
	%742 = load float, float* %741
	%743 = fmul float %134, %742
	%744 = fadd float %740, %743
	%745 = getelementptr float, float* %516, i32 57
	%746 = load float, float* %745
	%747 = fmul float %136, %746
	%748 = fadd float %744, %747
	%749 = getelementptr float, float* %516, i32 58
	%750 = load float, float* %749
	%751 = fmul float %138, %750
	%752 = fadd float %748, %751
	%753 = getelementptr float, float* %516, i32 59
	%754 = load float, float* %753
	%755 = fmul float %140, %754
	%756 = fadd float %752, %755
	%757 = getelementptr float, float* %516, i32 60
	%758 = load float, float* %757
	%759 = fmul float %142, %758
	%760 = fadd float %756, %759
	%761 = getelementptr float, float* %516, i32 61
	%762 = load float, float* %761
	%763 = fmul float %144, %762
	%764 = fadd float %760, %763
	%765 = getelementptr float, float* %516, i32 62
	%766 = load float, float* %765
	%767 = fmul float %146, %766
	%768 = fadd float %764, %767
	%769 = getelementptr float, float* %516, i32 63
	%770 = load float, float* %769
	%771 = fmul float %148, %770
	%772 = fadd float %768, %771
	%773 = fmul float %772, 0.125
	%774 = load float, float* %150
	%775 = fcmp ogt float %773, %774
	%776 = select i1 %775, float %773, float %774
	%777 = fsub float %774, %776
	%778 = fmul float %777, 0x3FF7154760000000
	%779 = call float @llvm.nvvm.ex2.approx.f(float %778)
	%780 = fsub float %773, %776
	%781 = fmul float %780, 0x3FF7154760000000
	%782 = call float @llvm.nvvm.ex2.approx.f(float %781)
	store float %776, float* %150
	%783 = load float, float* %151
	%784 = fmul float %783, %779
	%785 = fadd float %784, %782
	store float %785, float* %151
	%786 = mul i32 %236, 64
	%787 = getelementptr float, float* %20, i32 %786
	%788 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%789 = getelementptr float, float* %787, i32 0
	%790 = load float, float* %789
	%791 = load float, float* %788
	%792 = fmul float %791, %779
	%793 = fmul float %782, %790
	%794 = fadd float %792, %793
	store float %794, float* %788
	%795 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%796 = getelementptr float, float* %787, i32 1
	%797 = load float, float* %796
	%798 = load float, float* %795
	%799 = fmul float %798, %779
	%800 = fmul float %782, %797
	%801 = fadd float %799, %800
	store float %801, float* %795
	%802 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%803 = getelementptr float, float* %787, i32 2
	%804 = load float, float* %803
	%805 = load float, float* %802
	%806 = fmul float %805, %779
	%807 = fmul float %782, %804
	%808 = fadd float %806, %807
	store float %808, float* %802
	%809 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%810 = getelementptr float, float* %787, i32 3
	%811 = load float, float* %810
	%812 = load float, float* %809
	%813 = fmul float %812, %779
	%814 = fmul float %782, %811
	%815 = fadd float %813, %814
	store float %815, float* %809
	%816 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%817 = getelementptr float, float* %787, i32 4
	%818 = load float, float* %817
	%819 = load float, float* %816
	%820 = fmul float %819, %779
	%821 = fmul float %782, %818
	%822 = fadd float %820, %821
	store float %822, float* %816
	%823 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%824 = getelementptr float, float* %787, i32 5
	%825 = load float, float* %824
	%826 = load float, float* %823
	%827 = fmul float %826, %779
	%828 = fmul float %782, %825
	%829 = fadd float %827, %828
	store float %829, float* %823
	%830 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%831 = getelementptr float, float* %787, i32 6
	%832 = load float, float* %831
	%833 = load float, float* %830
	%834 = fmul float %833, %779
	%835 = fmul float %782, %832
	%836 = fadd float %834, %835
	store float %836, float* %830
	%837 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%838 = getelementptr float, float* %787, i32 7
	%839 = load float, float* %838
	%840 = load float, float* %837
	%841 = fmul float %840, %779
	%842 = fmul float %782, %839
	%843 = fadd float %841, %842
	store float %843, float* %837
	%844 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%845 = getelementptr float, float* %787, i32 8
	%846 = load float, float* %845
	%847 = load float, float* %844
	%848 = fmul float %847, %779
	%849 = fmul float %782, %846
	%850 = fadd float %848, %849
	store float %850, float* %844
	%851 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%852 = getelementptr float, float* %787, i32 9
	%853 = load float, float* %852
	%854 = load float, float* %851
	%855 = fmul float %854, %779
	%856 = fmul float %782, %853
	%857 = fadd float %855, %856
	store float %857, float* %851
	%858 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%859 = getelementptr float, float* %787, i32 10
	%860 = load float, float* %859
	%861 = load float, float* %858
	%862 = fmul float %861, %779
	%863 = fmul float %782, %860
	%864 = fadd float %862, %863
	store float %864, float* %858
	%865 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%866 = getelementptr float, float* %787, i32 11
	%867 = load float, float* %866
	%868 = load float, float* %865
	%869 = fmul float %868, %779
	%870 = fmul float %782, %867
	%871 = fadd float %869, %870
	store float %871, float* %865
	%872 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%873 = getelementptr float, float* %787, i32 12
	%874 = load float, float* %873
	%875 = load float, float* %872
	%876 = fmul float %875, %779
	%877 = fmul float %782, %874
	%878 = fadd float %876, %877
	store float %878, float* %872
	%879 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%880 = getelementptr float, float* %787, i32 13
	%881 = load float, float* %880
	%882 = load float, float* %879
	%883 = fmul float %882, %779
	%884 = fmul float %782, %881
	%885 = fadd float %883, %884
	store float %885, float* %879
	%886 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%887 = getelementptr float, float* %787, i32 14
	%888 = load float, float* %887
	%889 = load float, float* %886
	%890 = fmul float %889, %779
	%891 = fmul float %782, %888
	%892 = fadd float %890, %891
	store float %892, float* %886
	%893 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%894 = getelementptr float, float* %787, i32 15
	%895 = load float, float* %894
	%896 = load float, float* %893
	%897 = fmul float %896, %779
	%898 = fmul float %782, %895
	%899 = fadd float %897, %898
	store float %899, float* %893
	%900 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%901 = getelementptr float, float* %787, i32 16
	%902 = load float, float* %901
	%903 = load float, float* %900
	%904 = fmul float %903, %779
	%905 = fmul float %782, %902
	%906 = fadd float %904, %905
	store float %906, float* %900
	%907 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%908 = getelementptr float, float* %787, i32 17
	%909 = load float, float* %908
	%910 = load float, float* %907
	%911 = fmul float %910, %779
	%912 = fmul float %782, %909
	%913 = fadd float %911, %912
	store float %913, float* %907
	%914 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%915 = getelementptr float, float* %787, i32 18
	%916 = load float, float* %915
	%917 = load float, float* %914
	%918 = fmul float %917, %779
	%919 = fmul float %782, %916
	%920 = fadd float %918, %919
	store float %920, float* %914
	%921 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%922 = getelementptr float, float* %787, i32 19
	%923 = load float, float* %922
	%924 = load float, float* %921
	%925 = fmul float %924, %779
	%926 = fmul float %782, %923
	%927 = fadd float %925, %926
	store float %927, float* %921
	%928 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%929 = getelementptr float, float* %787, i32 20
	%930 = load float, float* %929
	%931 = load float, float* %928
	%932 = fmul float %931, %779
	%933 = fmul float %782, %930
	%934 = fadd float %932, %933
	store float %934, float* %928
	%935 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%936 = getelementptr float, float* %787, i32 21
	%937 = load float, float* %936
	%938 = load float, float* %935
	%939 = fmul float %938, %779
	%940 = fmul float %782, %937
	%941 = fadd float %939, %940
	store float %941, float* %935
	%942 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%943 = getelementptr float, float* %787, i32 22
	%944 = load float, float* %943
	%945 = load float, float* %942
	%946 = fmul float %945, %779
	%947 = fmul float %782, %944
	%948 = fadd float %946, %947
	store float %948, float* %942
	%949 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%950 = getelementptr float, float* %787, i32 23
	%951 = load float, float* %950
	%952 = load float, float* %949
	%953 = fmul float %952, %779
	%954 = fmul float %782, %951
	%955 = fadd float %953, %954
	store float %955, float* %949
	%956 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%957 = getelementptr float, float* %787, i32 24
	%958 = load float, float* %957
	%959 = load float, float* %956
	%960 = fmul float %959, %779
	%961 = fmul float %782, %958
	%962 = fadd float %960, %961
	store float %962, float* %956
	%963 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%964 = getelementptr float, float* %787, i32 25
	%965 = load float, float* %964
	%966 = load float, float* %963
	%967 = fmul float %966, %779
	%968 = fmul float %782, %965
	%969 = fadd float %967, %968
	store float %969, float* %963
	%970 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%971 = getelementptr float, float* %787, i32 26
	%972 = load float, float* %971
	%973 = load float, float* %970
	%974 = fmul float %973, %779
	%975 = fmul float %782, %972
	%976 = fadd float %974, %975
	store float %976, float* %970
	%977 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%978 = getelementptr float, float* %787, i32 27
	%979 = load float, float* %978
	%980 = load float, float* %977
	%981 = fmul float %980, %779
	%982 = fmul float %782, %979
	%983 = fadd float %981, %982
	store float %983, float* %977
	%984 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%985 = getelementptr float, float* %787, i32 28
	%986 = load float, float* %985
	%987 = load float, float* %984
	%988 = fmul float %987, %779
	%989 = fmul float %782, %986
	%990 = fadd float %988, %989
	store float %990, float* %984
	%991 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%992 = getelementptr float, float* %787, i32 29
	%993 = load float, float* %992
	%994 = load float, float* %991
	%995 = fmul float %994, %779
	%996 = fmul float %782, %993
	%997 = fadd float %995, %996
	store float %997, float* %991
	%998 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%999 = getelementptr float, float* %787, i32 30
	%1000 = load float, float* %999
	%1001 = load float, float* %998
	%1002 = fmul float %1001, %779
	%1003 = fmul float %782, %1000
	%1004 = fadd float %1002, %1003
	store float %1004, float* %998
	%1005 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%1006 = getelementptr float, float* %787, i32 31
	%1007 = load float, float* %1006
	%1008 = load float, float* %1005
	%1009 = fmul float %1008, %779
	%1010 = fmul float %782, %1007
	%1011 = fadd float %1009, %1010
	store float %1011, float* %1005
	%1012 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%1013 = getelementptr float, float* %787, i32 32
	%1014 = load float, float* %1013
	%1015 = load float, float* %1012
	%1016 = fmul float %1015, %779
	%1017 = fmul float %782, %1014
	%1018 = fadd float %1016, %1017
	store float %1018, float* %1012
	%1019 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%1020 = getelementptr float, float* %787, i32 33
	%1021 = load float, float* %1020
	%1022 = load float, float* %1019
	%1023 = fmul float %1022, %779
	%1024 = fmul float %782, %1021
	%1025 = fadd float %1023, %1024
	store float %1025, float* %1019
	%1026 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%1027 = getelementptr float, float* %787, i32 34
	%1028 = load float, float* %1027
	%1029 = load float, float* %1026
	%1030 = fmul float %1029, %779
	%1031 = fmul float %782, %1028
	%1032 = fadd float %1030, %1031
	store float %1032, float* %1026
	%1033 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%1034 = getelementptr float, float* %787, i32 35
	%1035 = load float, float* %1034
	%1036 = load float, float* %1033
	%1037 = fmul float %1036, %779
	%1038 = fmul float %782, %1035
	%1039 = fadd float %1037, %1038
	store float %1039, float* %1033
	%1040 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%1041 = getelementptr float, float* %787, i32 36
	%1042 = load float, float* %1041
	%1043 = load float, float* %1040
	%1044 = fmul float %1043, %779
	%1045 = fmul float %782, %1042
	%1046 = fadd float %1044, %1045
	store float %1046, float* %1040
	%1047 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%1048 = getelementptr float, float* %787, i32 37
	%1049 = load float, float* %1048
	%1050 = load float, float* %1047
	%1051 = fmul float %1050, %779
	%1052 = fmul float %782, %1049
	%1053 = fadd float %1051, %1052
	store float %1053, float* %1047
	%1054 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%1055 = getelementptr float, float* %787, i32 38
	%1056 = load float, float* %1055
	%1057 = load float, float* %1054
	%1058 = fmul float %1057, %779
	%1059 = fmul float %782, %1056
	%1060 = fadd float %1058, %1059
	store float %1060, float* %1054
	%1061 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%1062 = getelementptr float, float* %787, i32 39
	%1063 = load float, float* %1062
	%1064 = load float, float* %1061
	%1065 = fmul float %1064, %779
	%1066 = fmul float %782, %1063
	%1067 = fadd float %1065, %1066
	store float %1067, float* %1061
	%1068 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%1069 = getelementptr float, float* %787, i32 40
	%1070 = load float, float* %1069
	%1071 = load float, float* %1068
	%1072 = fmul float %1071, %779
	%1073 = fmul float %782, %1070
	%1074 = fadd float %1072, %1073
	store float %1074, float* %1068
	%1075 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%1076 = getelementptr float, float* %787, i32 41
	%1077 = load float, float* %1076
	%1078 = load float, float* %1075
	%1079 = fmul float %1078, %779
	%1080 = fmul float %782, %1077
	%1081 = fadd float %1079, %1080
	store float %1081, float* %1075
	%1082 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%1083 = getelementptr float, float* %787, i32 42
	%1084 = load float, float* %1083
	%1085 = load float, float* %1082
	%1086 = fmul float %1085, %779
	%1087 = fmul float %782, %1084
	%1088 = fadd float %1086, %1087
	store float %1088, float* %1082
	%1089 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%1090 = getelementptr float, float* %787, i32 43
	%1091 = load float, float* %1090
	%1092 = load float, float* %1089
	%1093 = fmul float %1092, %779
	%1094 = fmul float %782, %1091
	%1095 = fadd float %1093, %1094
	store float %1095, float* %1089
	%1096 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%1097 = getelementptr float, float* %787, i32 44
	%1098 = load float, float* %1097
	%1099 = load float, float* %1096
	%1100 = fmul float %1099, %779
	%1101 = fmul float %782, %1098
	%1102 = fadd float %1100, %1101
	store float %1102, float* %1096
	%1103 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%1104 = getelementptr float, float* %787, i32 45
	%1105 = load float, float* %1104
	%1106 = load float, float* %1103
	%1107 = fmul float %1106, %779
	%1108 = fmul float %782, %1105
	%1109 = fadd float %1107, %1108
	store float %1109, float* %1103
	%1110 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%1111 = getelementptr float, float* %787, i32 46
	%1112 = load float, float* %1111
	%1113 = load float, float* %1110
	%1114 = fmul float %1113, %779
	%1115 = fmul float %782, %1112
	%1116 = fadd float %1114, %1115
	store float %1116, float* %1110
	%1117 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%1118 = getelementptr float, float* %787, i32 47
	%1119 = load float, float* %1118
	%1120 = load float, float* %1117
	%1121 = fmul float %1120, %779
	%1122 = fmul float %782, %1119
	%1123 = fadd float %1121, %1122
	store float %1123, float* %1117
	%1124 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%1125 = getelementptr float, float* %787, i32 48
	%1126 = load float, float* %1125
	%1127 = load float, float* %1124
	%1128 = fmul float %1127, %779
	%1129 = fmul float %782, %1126
	%1130 = fadd float %1128, %1129
	store float %1130, float* %1124
	%1131 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%1132 = getelementptr float, float* %787, i32 49
	%1133 = load float, float* %1132
	%1134 = load float, float* %1131
	%1135 = fmul float %1134, %779
	%1136 = fmul float %782, %1133
	%1137 = fadd float %1135, %1136
	store float %1137, float* %1131
	%1138 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%1139 = getelementptr float, float* %787, i32 50
	%1140 = load float, float* %1139
	%1141 = load float, float* %1138
	%1142 = fmul float %1141, %779
	%1143 = fmul float %782, %1140
	%1144 = fadd float %1142, %1143
	store float %1144, float* %1138
	%1145 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%1146 = getelementptr float, float* %787, i32 51
	%1147 = load float, float* %1146
	%1148 = load float, float* %1145
	%1149 = fmul float %1148, %779
	%1150 = fmul float %782, %1147
	%1151 = fadd float %1149, %1150
	store float %1151, float* %1145
	%1152 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%1153 = getelementptr float, float* %787, i32 52
	%1154 = load float, float* %1153
	%1155 = load float, float* %1152
	%1156 = fmul float %1155, %779
	%1157 = fmul float %782, %1154
	%1158 = fadd float %1156, %1157
	store float %1158, float* %1152
	%1159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%1160 = getelementptr float, float* %787, i32 53
	%1161 = load float, float* %1160
	%1162 = load float, float* %1159
	%1163 = fmul float %1162, %779
	%1164 = fmul float %782, %1161
	%1165 = fadd float %1163, %1164
	store float %1165, float* %1159
	%1166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%1167 = getelementptr float, float* %787, i32 54
	%1168 = load float, float* %1167
	%1169 = load float, float* %1166
	%1170 = fmul float %1169, %779
	%1171 = fmul float %782, %1168
	%1172 = fadd float %1170, %1171
	store float %1172, float* %1166
	%1173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%1174 = getelementptr float, float* %787, i32 55
	%1175 = load float, float* %1174
	%1176 = load float, float* %1173
	%1177 = fmul float %1176, %779
	%1178 = fmul float %782, %1175
	%1179 = fadd float %1177, %1178
	store float %1179, float* %1173
	%1180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%1181 = getelementptr float, float* %787, i32 56
	%1182 = load float, float* %1181
	%1183 = load float, float* %1180
	%1184 = fmul float %1183, %779
	%1185 = fmul float %782, %1182
	%1186 = fadd float %1184, %1185
	store float %1186, float* %1180
	%1187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%1188 = getelementptr float, float* %787, i32 57
	%1189 = load float, float* %1188
	%1190 = load float, float* %1187
	%1191 = fmul float %1190, %779
	%1192 = fmul float %782, %1189
	%1193 = fadd float %1191, %1192
	store float %1193, float* %1187
	%1194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%1195 = getelementptr float, float* %787, i32 58
	%1196 = load float, float* %1195
	%1197 = load float, float* %1194
	%1198 = fmul float %1197, %779
	%1199 = fmul float %782, %1196
	%1200 = fadd float %1198, %1199
	store float %1200, float* %1194
	%1201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%1202 = getelementptr float, float* %787, i32 59
	%1203 = load float, float* %1202
	%1204 = load float, float* %1201
	%1205 = fmul float %1204, %779
	%1206 = fmul float %782, %1203
	%1207 = fadd float %1205, %1206
	store float %1207, float* %1201
	%1208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%1209 = getelementptr float, float* %787, i32 60
	%1210 = load float, float* %1209
	%1211 = load float, float* %1208
	%1212 = fmul float %1211, %779
	%1213 = fmul float %782, %1210
	%1214 = fadd float %1212, %1213
	store float %1214, float* %1208
	%1215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%1216 = getelementptr float, float* %787, i32 61
	%1217 = load float, float* %1216
	%1218 = load float, float* %1215
	%1219 = fmul float %1218, %779
	%1220 = fmul float %782, %1217
	%1221 = fadd float %1219, %1220
	store float %1221, float* %1215
	%1222 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%1223 = getelementptr float, float* %787, i32 62
	%1224 = load float, float* %1223
	%1225 = load float, float* %1222
	%1226 = fmul float %1225, %779
	%1227 = fmul float %782, %1224
	%1228 = fadd float %1226, %1227
	store float %1228, float* %1222
	%1229 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%1230 = getelementptr float, float* %787, i32 63
	%1231 = load float, float* %1230
	%1232 = load float, float* %1229
	%1233 = fmul float %1232, %779
	%1234 = fmul float %782, %1231
	%1235 = fadd float %1233, %1234
	store float %1235, float* %1229
	br label %next
}
